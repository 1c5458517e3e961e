-- Primary key, unique, check and foreign key constraints of the tables in the schemas, columns in
-- key order; the definition of checks only (deparsing the others would cost as much and go unread); whether
-- each is validated (false for a foreign key or check added NOT VALID and not validated since), deferrable,
-- initially deferred, and (a check) not inherited.
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
       CASE WHEN co.contype = 'c' THEN pg_catalog.pg_get_constraintdef(co.oid, true) END AS definition
FROM pg_catalog.pg_constraint co
JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = co.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE co.contype IN ('p', 'u', 'c', 'f')
  AND c.relkind = 'r'
  AND NOT c.relispartition
  AND n.nspname = ANY (?)
ORDER BY 1, 2, 3
