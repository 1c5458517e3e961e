-- pgbench script of bench/online-load.sh: an update of the columns the migration constrains (amount, customer_id).
\set id random(1, :rows)
\set cid random(1, :customers)
\set amount random(1, 1000)
UPDATE orders SET amount = :amount, customer_id = :cid, status = 'changed' WHERE id = :id;
