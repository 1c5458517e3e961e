-- up
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders ADD COLUMN customer_email text;
-- step 2 non-transactional (lock_timeout 500ms, statement_timeout 0)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customers_email_key ON public.customers (email);
-- step 3 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key;
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_email_fk FOREIGN KEY (customer_email) REFERENCES public.customers (email) NOT VALID;
-- step 4 transactional (lock_timeout 500ms, statement_timeout 0)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_email_fk;
-- down
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_email_fk;
ALTER TABLE public.customers DROP CONSTRAINT customers_email_key;
ALTER TABLE public.orders DROP COLUMN customer_email;
