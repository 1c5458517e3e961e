-- Exclusion constraints of the tables in the schemas, with their index: method, elements (a column name, or the
-- expression for an expression element) with the options a plain index's keys have, read as indexes.sql reads them
-- (order, nulls placement, an operator class of pg_catalog or an extension that is not the type's default, a
-- collation other than the column's, with its schema), each element's operator (pg_constraint.conexclop: its name
-- when it lives in pg_catalog, else OPERATOR(schema.name)), INCLUDE columns, storage parameters, predicate and
-- deferrability. A user's operator class, and a tablespace, are unmanaged details (details.sql).
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       co.conname AS constraint_name,
       am.amname AS method,
       ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0
                         THEN pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                         ELSE (SELECT a.attname FROM pg_catalog.pg_attribute a
                               WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]) END
             FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::text[] AS keys,
       ARRAY(SELECT i.indkey[k - 1] = 0 FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::boolean[]
           AS key_is_expression,
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
       ARRAY(SELECT (SELECT kc.collname FROM pg_catalog.pg_collation kc
                     JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]
                     WHERE kc.oid = i.indcollation[k - 1] AND i.indkey[k - 1] <> 0
                       AND i.indcollation[k - 1] <> a.attcollation)
             FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::text[] AS key_collation,
       ARRAY(SELECT (SELECT cn.nspname FROM pg_catalog.pg_collation kc
                     JOIN pg_catalog.pg_namespace cn ON cn.oid = kc.collnamespace
                     WHERE kc.oid = i.indcollation[k - 1])
             FROM generate_series(1, i.indnkeyatts) k ORDER BY k)::text[] AS key_collation_schema,
       ARRAY(SELECT (SELECT CASE WHEN op.oprnamespace = 'pg_catalog'::regnamespace THEN op.oprname
                                 ELSE 'OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.' || op.oprname || ')'
                            END
                     FROM pg_catalog.pg_operator op
                     JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
                     WHERE op.oid = x.oprid)
             FROM unnest(co.conexclop) WITH ORDINALITY x(oprid, position) ORDER BY x.position)::text[] AS operators,
       ARRAY(SELECT (SELECT a.attname FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1])
             FROM generate_series(i.indnkeyatts + 1, i.indnatts) k ORDER BY k)::text[] AS included,
       coalesce(ic.reloptions, '{}')::text[] AS storage,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       co.condeferrable AS deferrable,
       co.condeferred AS deferred
FROM pg_catalog.pg_constraint co
JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_index i ON i.indexrelid = co.conindid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE co.contype = 'x'
  AND c.relkind = 'r'
  AND NOT c.relispartition
  AND n.nspname = ANY (?)
ORDER BY 1, 2, 3
