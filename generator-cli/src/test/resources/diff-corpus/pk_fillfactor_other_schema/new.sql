CREATE SCHEMA sales;
CREATE TABLE sales."Orders" (id bigint, total numeric,
    CONSTRAINT "Orders_pkey" PRIMARY KEY (id) INCLUDE (total) WITH (fillfactor = 70));
CREATE TABLE public.lines (id int PRIMARY KEY, order_id bigint REFERENCES sales."Orders" (id));
