-- Prints one line per change of the migration that the database does not show (nothing when all are there and
-- valid), for bench/online-load.sh after each run.
SELECT 'missing: ' || want FROM (VALUES
  ('index orders_created_at_idx', EXISTS (SELECT FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE i.relname = 'orders_created_at_idx' AND x.indisvalid)),
  ('unique constraint orders_code_key', EXISTS (SELECT FROM pg_constraint
      WHERE conname = 'orders_code_key' AND contype = 'u' AND convalidated)),
  ('foreign key orders_customer_id_fkey', EXISTS (SELECT FROM pg_constraint
      WHERE conname = 'orders_customer_id_fkey' AND contype = 'f' AND convalidated)),
  ('NOT NULL on orders.amount', EXISTS (SELECT FROM pg_attribute
      WHERE attrelid = 'public.orders'::regclass AND attname = 'amount' AND attnotnull)),
  ('column orders.priority', EXISTS (SELECT FROM pg_attribute
      WHERE attrelid = 'public.orders'::regclass AND attname = 'priority' AND NOT attisdropped)),
  ('no INVALID index left', NOT EXISTS (SELECT FROM pg_index WHERE NOT indisvalid)),
  ('no NOT VALID constraint or helper check left', NOT EXISTS (SELECT FROM pg_constraint
      WHERE conrelid = 'public.orders'::regclass AND (NOT convalidated OR contype = 'c')))
) AS t (want, ok) WHERE NOT ok;
