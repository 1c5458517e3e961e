-- Fills the baseline tables of bench/online-load.sh: :customers customers, :rows orders. Every order has a
-- customer that exists, an amount, and a code of its own, so that each change of the migration holds.
\set ON_ERROR_STOP 1
INSERT INTO customers (name) SELECT 'customer ' || i FROM generate_series(1, :customers) AS i;
INSERT INTO orders (customer_id, code, amount, status, created_at)
SELECT 1 + i % :customers, 'c' || i, i % 1000, 'paid', timestamptz '2026-01-01' + i * interval '10 seconds'
FROM generate_series(1, :rows) AS i;
VACUUM (ANALYZE) customers, orders;
