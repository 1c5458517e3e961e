-- Primary key, unique, check and foreign key constraints of the tables in the schemas, columns in
-- key order; the definition of checks only (deparsing the others would cost as much and go unread); whether
-- each is validated (false for a foreign key or check added NOT VALID and not validated since), deferrable,
-- initially deferred, (a check) not inherited, and (a primary key or unique constraint) the options of its index:
-- INCLUDE columns, NULLS NOT DISTINCT (PostgreSQL 15 added indnullsnotdistinct: read through to_jsonb so that the
-- query runs from 13) and storage parameters.
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       co.conname AS constraint_name,
       co.contype AS constraint_type,
       -- each key column looked up by (table, attnum), not joined: the join hashed every column per constraint
       ARRAY(SELECT (SELECT a.attname FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = co.conrelid AND a.attnum = k.attnum)
             FROM unnest(co.conkey) WITH ORDINALITY k(attnum, position) ORDER BY k.position)::text[] AS columns,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       CASE WHEN co.contype = 'f'
            THEN ARRAY(SELECT (SELECT a.attname FROM pg_catalog.pg_attribute a
                               WHERE a.attrelid = co.confrelid AND a.attnum = k.attnum)
                       FROM unnest(co.confkey) WITH ORDINALITY k(attnum, position) ORDER BY k.position)::text[]
            ELSE '{}'::text[] END AS referenced_columns,
       co.confdeltype AS on_delete,
       co.confupdtype AS on_update,
       co.convalidated AS validated,
       co.condeferrable AS deferrable,
       co.condeferred AS deferred,
       co.connoinherit AS no_inherit,
       CASE WHEN co.contype = 'c' THEN pg_catalog.pg_get_constraintdef(co.oid, true) END AS definition,
       CASE WHEN co.contype IN ('p', 'u')
            THEN ARRAY(SELECT (SELECT a.attname FROM pg_catalog.pg_attribute a
                               WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1])
                       FROM generate_series(i.indnkeyatts + 1, i.indnatts) k ORDER BY k)::text[]
            ELSE '{}'::text[] END AS included,
       coalesce(pg_catalog.to_jsonb(i) ->> 'indnullsnotdistinct', 'false') = 'true' AS nulls_not_distinct,
       coalesce(ic.reloptions, '{}')::text[] AS storage
FROM pg_catalog.pg_constraint co
JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = co.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = co.conindid AND co.contype IN ('p', 'u')
LEFT JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
WHERE co.contype IN ('p', 'u', 'c', 'f')
  AND c.relkind = 'r'
  AND NOT c.relispartition
  AND n.nspname = ANY (?)
ORDER BY 1, 2, 3
