-- Sequences (identity sequences, which come with their column, and extension members excepted), with their
-- options and the column that owns them (OWNED BY: pg_depend deptype 'a' on a table column). A bound is read as
-- NULL when it is PostgreSQL's default for the sequence's type and the increment's sign.
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS sequence_name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start_value,
       s.seqincrement AS increment,
       CASE WHEN s.seqmin <> CASE WHEN s.seqincrement > 0 THEN 1
                                  WHEN s.seqtypid = 'pg_catalog.int2'::regtype THEN -32768
                                  WHEN s.seqtypid = 'pg_catalog.int4'::regtype THEN -2147483648
                                  ELSE -9223372036854775808 END
            THEN s.seqmin END AS min_value,
       CASE WHEN s.seqmax <> CASE WHEN s.seqincrement < 0 THEN -1
                                  WHEN s.seqtypid = 'pg_catalog.int2'::regtype THEN 32767
                                  WHEN s.seqtypid = 'pg_catalog.int4'::regtype THEN 2147483647
                                  ELSE 9223372036854775807 END
            THEN s.seqmax END AS max_value,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       own.schema_name AS owner_schema,
       own.table_name AS owner_table,
       own.column_name AS owner_column
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (
    SELECT tn.nspname AS schema_name, t.relname AS table_name, a.attname AS column_name
    FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
    JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
    JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE d.classid = 'pg_catalog.pg_class'::regclass
      AND d.objid = c.oid
      AND d.refclassid = 'pg_catalog.pg_class'::regclass
      AND d.refobjsubid > 0
      AND d.deptype = 'a'
    LIMIT 1) own ON true
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('i', 'e'))
ORDER BY 1, 2
