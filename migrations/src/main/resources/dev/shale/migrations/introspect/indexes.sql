-- Indexes that do not back a primary key, unique or exclusion constraint, with their key columns
-- (a column name, or the expression for an expression key), method, predicate and validity (false for an
-- INVALID index, such as one left by a failed CREATE INDEX CONCURRENTLY).
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       ic.relname AS index_name,
       i.indisunique AS is_unique,
       am.amname AS method,
       ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0
                         THEN pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                         ELSE (SELECT a.attname FROM pg_catalog.pg_attribute a
                               WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]) END
             FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::text[] AS keys,
       ARRAY(SELECT i.indkey[k - 1] = 0 FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::boolean[]
           AS key_is_expression,
       i.indnatts > i.indnkeyatts AS has_included_columns,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       i.indisvalid AS is_valid
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE c.relkind = 'r'
  AND NOT c.relispartition
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co
                  WHERE co.conindid = i.indexrelid AND co.contype IN ('p', 'u', 'x'))
ORDER BY 1, 2, 3
