-- Columns of the tables of tables.sql in attnum order, with their (element) type, default or
-- generation expression, identity sequence options, comment and collation (only one other than its type's, a
-- column of a domain compared with the domain's). Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       a.attname AS column_name,
       pg_catalog.quote_ident(a.attname) AS quoted_name,
       NOT a.attnotnull AS nullable,
       a.attndims AS declared_dimensions,
       a.atttypmod AS typmod,
       (t.typelem <> 0 AND t.typlen = -1) AS is_array,
       et.typname AS element_type,
       etn.nspname AS element_type_schema,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS formatted_type,
       pg_catalog.format_type(a.atttypid, NULL) AS formatted_type_without_modifiers,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) AS expression,
       a.attgenerated AS generated,
       a.attidentity AS identity,
       seq.seqstart AS identity_start,
       seq.seqincrement AS identity_increment,
       seq.min_value AS identity_min,
       seq.max_value AS identity_max,
       seq.seqcache AS identity_cache,
       seq.seqcycle AS identity_cycle,
       -- col_description() as a subquery: an index lookup, without a SQL function call per column
       (SELECT ds.description FROM pg_catalog.pg_description ds
        WHERE ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum) AS comment,
       coll.collnamespace_name AS collation_schema,
       coll.collname AS collation_name
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE t.oid END
JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN LATERAL (
    SELECT co.collname, cn.nspname AS collnamespace_name
    FROM pg_catalog.pg_collation co
    JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
    WHERE co.oid = a.attcollation
      AND a.attcollation <> 0 AND a.attcollation <> t.typcollation) coll ON true
LEFT JOIN LATERAL (
    -- a bound is read as NULL when it is PostgreSQL's default for the sequence's type and the increment's sign
    SELECT s.seqstart, s.seqincrement, s.seqcache, s.seqcycle,
           CASE WHEN s.seqmin <> CASE WHEN s.seqincrement > 0 THEN 1
                                      WHEN s.seqtypid = 'pg_catalog.int2'::regtype THEN -32768
                                      WHEN s.seqtypid = 'pg_catalog.int4'::regtype THEN -2147483648
                                      ELSE -9223372036854775808 END
                THEN s.seqmin END AS min_value,
           CASE WHEN s.seqmax <> CASE WHEN s.seqincrement < 0 THEN -1
                                      WHEN s.seqtypid = 'pg_catalog.int2'::regtype THEN 32767
                                      WHEN s.seqtypid = 'pg_catalog.int4'::regtype THEN 2147483647
                                      ELSE 9223372036854775807 END
                THEN s.seqmax END AS max_value
    FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_sequence s ON s.seqrelid = d.objid
    WHERE d.classid = 'pg_catalog.pg_class'::regclass
      AND d.refclassid = 'pg_catalog.pg_class'::regclass
      AND d.refobjid = c.oid
      AND d.refobjsubid = a.attnum
      AND d.deptype = 'i'
      AND a.attidentity <> ''  -- here rather than in ON: a one-time filter, no lookup for other columns
    LIMIT 1) seq ON true
WHERE c.relkind = 'r'
  AND NOT c.relispartition
  AND n.nspname = ANY (?)
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY 1, 2, a.attnum
