-- Indexes that do not back a primary key, unique or exclusion constraint, with their key columns
-- (a column name, or the expression for an expression key), method, predicate and validity (false for an
-- INVALID index, such as one left by a failed CREATE INDEX CONCURRENTLY), and the options the model
-- describes: key order, nulls placement, operator class, collation, INCLUDE, NULLS NOT DISTINCT, storage parameters.
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
       -- per key, its options: DESC (indoption bit 1), NULLS FIRST (bit 2), the operator class when not the
       -- default for the key's type (one of pg_catalog by its name, an extension's qualified by its schema; a
       -- user's stays an unmanaged detail, details.sql) and the collation when not the column's (column keys), with
       -- its schema
       ARRAY(SELECT i.indoption[k - 1] & 1 = 1 FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::boolean[]
           AS key_descending,
       ARRAY(SELECT i.indoption[k - 1] & 2 = 2 FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::boolean[]
           AS key_nulls_first,
       ARRAY(SELECT (SELECT CASE WHEN ext.objid IS NULL THEN opc.opcname ELSE opn.nspname || '.' || opc.opcname END
                     FROM pg_catalog.pg_opclass opc
                     JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
                     LEFT JOIN pg_catalog.pg_depend ext ON ext.classid = 'pg_catalog.pg_opclass'::regclass
                          AND ext.objid = opc.oid AND ext.deptype = 'e'
                     WHERE opc.oid = i.indclass[k - 1] AND NOT opc.opcdefault
                       AND (opc.opcnamespace = 'pg_catalog'::regnamespace AND ext.objid IS NULL
                            OR ext.objid IS NOT NULL AND opn.nspname ~ '^[a-z_][a-z0-9_]*$')
                       AND opc.opcname ~ '^[a-z_][a-z0-9_]*$')
             FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::text[] AS key_opclass,
       ARRAY(SELECT (SELECT co.collname FROM pg_catalog.pg_collation co
                     JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]
                     WHERE co.oid = i.indcollation[k - 1] AND i.indkey[k - 1] <> 0
                       AND i.indcollation[k - 1] <> a.attcollation)
             FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::text[] AS key_collation,
       ARRAY(SELECT (SELECT cn.nspname FROM pg_catalog.pg_collation co
                     JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                     WHERE co.oid = i.indcollation[k - 1])
             FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::text[] AS key_collation_schema,
       -- the INCLUDE columns, after the keys (never expressions)
       ARRAY(SELECT (SELECT a.attname FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1])
             FROM generate_series(i.indnkeyatts + 1, i.indnatts) k ORDER BY k)::text[] AS included,
       -- PostgreSQL 15 added indnullsnotdistinct: read through to_jsonb so that the query runs from 13
       coalesce(pg_catalog.to_jsonb(i) ->> 'indnullsnotdistinct', 'false') = 'true' AS nulls_not_distinct,
       coalesce(ic.reloptions, '{}')::text[] AS storage,
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
