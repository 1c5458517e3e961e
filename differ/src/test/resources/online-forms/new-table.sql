-- up
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id bigint,
    total integer,
    note text,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
CREATE INDEX orders_total_idx ON public.orders (total);
ALTER TABLE public.customers ADD COLUMN email text;
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers (id);
-- down
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk;
ALTER TABLE public.customers DROP COLUMN email;
DROP TABLE public.orders;
