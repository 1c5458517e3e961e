-- up
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers (id) NOT VALID;
-- step 2 transactional (lock_timeout 500ms, statement_timeout 0)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_check;
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;
-- down
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk;
ALTER TABLE public.orders DROP CONSTRAINT orders_total_check;
