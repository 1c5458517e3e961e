-- Objects in the schemas that the model does not describe: listed, never dropped. Objects that
-- belong to an extension are covered by the extension itself, which extensions.sql reads. Every parameter: text[] of schema names.
WITH ext AS (
    SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
)
SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED_VIEW' WHEN 'f' THEN 'FOREIGN_TABLE'
                      WHEN 'p' THEN 'PARTITIONED_TABLE' WHEN 'r' THEN 'TABLE_PARTITION'
                      ELSE 'COMPOSITE_TYPE' END AS kind,
       n.nspname AS schema_name, c.relname AS object_name, NULL::text AS table_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
  AND (c.relkind IN ('v', 'm', 'f', 'p', 'c') OR (c.relkind = 'r' AND c.relispartition))
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_class'::regclass AND ext.objid = c.oid)
UNION ALL
SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' WHEN 'r' THEN 'RANGE_TYPE' ELSE 'BASE_TYPE' END,
       n.nspname, t.typname, NULL
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY (?)
  AND t.typtype IN ('d', 'r', 'b')  -- a multirange comes with its range
  AND NOT (t.typtype = 'b' AND (t.typelem <> 0 AND t.typlen = -1 OR t.typrelid <> 0))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type owner WHERE owner.typarray = t.oid)
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_type'::regclass AND ext.objid = t.oid)
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' WHEN 'w' THEN 'WINDOW_FUNCTION'
                      ELSE 'FUNCTION' END,
       n.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', NULL
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_proc'::regclass AND ext.objid = p.oid)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d  -- a range type's constructors come with it
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
UNION ALL
SELECT 'TRIGGER', n.nspname, tg.tgname, c.relname
FROM pg_catalog.pg_trigger tg
JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?) AND NOT tg.tgisinternal
UNION ALL
SELECT 'POLICY', n.nspname, po.polname, c.relname
FROM pg_catalog.pg_policy po
JOIN pg_catalog.pg_class c ON c.oid = po.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
UNION ALL
SELECT 'RULE', n.nspname, r.rulename, c.relname
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?) AND r.rulename <> '_RETURN'
UNION ALL
SELECT 'COLLATION', n.nspname, co.collname, NULL
FROM pg_catalog.pg_collation co
JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_collation'::regclass AND ext.objid = co.oid)
UNION ALL
SELECT 'STATISTICS_OBJECT', n.nspname, st.stxname, c.relname
FROM pg_catalog.pg_statistic_ext st
JOIN pg_catalog.pg_namespace n ON n.oid = st.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = st.stxrelid
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_statistic_ext'::regclass AND ext.objid = st.oid)
UNION ALL
-- a comment on a schema itself (public's own 'standard public schema' excepted: every database has it)
SELECT 'SCHEMA_COMMENT', n.nspname, n.nspname, NULL
FROM pg_catalog.pg_namespace n
JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_catalog.pg_namespace'::regclass AND ds.objoid = n.oid
WHERE n.nspname = ANY (?)
  AND NOT (n.nspname = 'public' AND ds.description = 'standard public schema')
ORDER BY 1, 2, 4 NULLS FIRST, 3
