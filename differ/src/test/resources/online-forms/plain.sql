-- up
-- step 1 transactional (lock_timeout 500ms, statement_timeout 0)
CREATE INDEX orders_total_idx ON public.orders (total);
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers (id) NOT VALID;
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;
-- down
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk;
DROP INDEX public.orders_total_idx;
