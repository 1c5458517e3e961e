-- pgbench script of bench/online-load.sh: point reads of an order and of its customer (two autocommit statements).
\set id random(1, :rows)
\set cid random(1, :customers)
SELECT id, customer_id, code, amount, status, created_at FROM orders WHERE id = :id;
SELECT name FROM customers WHERE id = :cid;
