-- up
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders ADD CONSTRAINT orders_total_not_null_check CHECK (total IS NOT NULL) NOT VALID;
-- step 2 transactional (lock_timeout 500ms, statement_timeout 0)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_not_null_check;
-- step 3 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders ALTER COLUMN total SET NOT NULL;
ALTER TABLE public.orders DROP CONSTRAINT orders_total_not_null_check;
-- down
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders ALTER COLUMN total DROP NOT NULL;
