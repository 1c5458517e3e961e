CREATE SCHEMA sales;
CREATE TABLE sales."Orders" (id bigint, total numeric, CONSTRAINT "Orders_pkey" PRIMARY KEY (id));
CREATE TABLE public.lines (id int PRIMARY KEY, order_id bigint REFERENCES sales."Orders" (id));
INSERT INTO sales."Orders" VALUES (1, 10), (2, 20);
INSERT INTO public.lines VALUES (1, 1), (2, 2), (3, NULL);
