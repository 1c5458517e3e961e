-- The long transaction of the "lock held" runs of bench/online-load.sh, opened: it reads orders, as a report or a
-- session left idle in a transaction would, and so holds the table's ACCESS SHARE lock until the script sends
-- COMMIT (BENCH_HOLD seconds after the migration first waits for it). Any ALTER TABLE that needs ACCESS EXCLUSIVE
-- waits for it, and every query on orders queued after that ALTER waits too.
BEGIN;
LOCK TABLE orders IN ACCESS SHARE MODE;
SELECT count(*) FROM orders WHERE id <= 1000;
