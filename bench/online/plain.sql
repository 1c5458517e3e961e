-- The migration of bench/online-load.sh as plain DDL, applied with psql -1 (one transaction): the same changes and
-- names as the SQL shale generate writes from before/ to after/.
ALTER TABLE public.orders ADD COLUMN priority integer DEFAULT 0 NOT NULL;
ALTER TABLE public.orders ALTER COLUMN amount SET NOT NULL;
ALTER TABLE public.orders ADD CONSTRAINT orders_code_key UNIQUE (code);
CREATE INDEX orders_created_at_idx ON public.orders (created_at);
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);
