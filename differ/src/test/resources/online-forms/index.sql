-- up
-- step 1 non-transactional (lock_timeout 500ms, statement_timeout 0)
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON public.orders (total);
-- down
-- step 1 non-transactional (lock_timeout 500ms, statement_timeout 0)
DROP INDEX CONCURRENTLY IF EXISTS public.orders_total_idx;
