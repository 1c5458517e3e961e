-- pgbench script of bench/online-load.sh: a transaction that reads a customer and inserts an order for it (a new,
-- unique code; no priority, as the release before the migration writes it).
\set cid random(1, :customers)
\set amount random(1, 1000)
BEGIN;
SELECT name FROM customers WHERE id = :cid;
INSERT INTO orders (customer_id, code, amount, status, created_at)
VALUES (:cid, 'n' || gen_random_uuid(), :amount, 'new', now());
COMMIT;
