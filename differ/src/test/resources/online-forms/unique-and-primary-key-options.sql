-- up
-- step 1 non-transactional (lock_timeout 500ms, statement_timeout 0)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_pkey ON public.orders (id) WITH (fillfactor = 80);
-- step 2 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey;
-- step 3 non-transactional (lock_timeout 500ms, statement_timeout 0)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_note_key ON public.orders (note) INCLUDE (total) NULLS NOT DISTINCT;
-- step 4 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders ADD CONSTRAINT orders_note_key UNIQUE USING INDEX orders_note_key;
-- down
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders DROP CONSTRAINT orders_note_key;
ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;
