-- A fingerprint of each object unmanaged.sql lists (same kinds, same names): the md5 of a text that changes when
-- the object's definition does and stays the same otherwise (a view's query, a trigger's or a function's
-- definition, a policy's expressions). Sequences are modelled, so they are not here. Names in the texts are printed
-- by the catalog as the session's search_path shows them; Shale pins it, so runs agree. Every parameter: text[] of
-- schema names.
WITH ext AS (
    SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
),
columns AS (
    SELECT a.attrelid,
           string_agg(pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
                      || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                      || coalesce(' DEFAULT ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), ''),
                      ', ' ORDER BY a.attnum) AS text
    FROM pg_catalog.pg_attribute a
    LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped
    GROUP BY a.attrelid
)
SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED_VIEW' WHEN 'f' THEN 'FOREIGN_TABLE'
                      WHEN 'p' THEN 'PARTITIONED_TABLE' WHEN 'r' THEN 'TABLE_PARTITION'
                      ELSE 'COMPOSITE_TYPE' END AS kind,
       n.nspname AS schema_name, c.relname AS object_name, NULL::text AS table_name,
       pg_catalog.md5(CASE
           WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid)
           ELSE coalesce((SELECT col.text FROM columns col WHERE col.attrelid = c.oid), '')
                || CASE c.relkind WHEN 'p' THEN ' PARTITION BY ' || pg_catalog.pg_get_partkeydef(c.oid) ELSE '' END
                || coalesce(' ' || pg_catalog.pg_get_expr(c.relpartbound, c.oid), '')
                || coalesce((SELECT ' SERVER ' || fs.srvname || coalesce(' ' || ft.ftoptions::text, '')
                             FROM pg_catalog.pg_foreign_table ft
                             JOIN pg_catalog.pg_foreign_server fs ON fs.oid = ft.ftserver
                             WHERE ft.ftrelid = c.oid), '')
           END) AS definition_md5
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
  AND (c.relkind IN ('v', 'm', 'f', 'p', 'c') OR (c.relkind = 'r' AND c.relispartition))
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_class'::regclass AND ext.objid = c.oid)
UNION ALL
SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' WHEN 'r' THEN 'RANGE_TYPE' ELSE 'BASE_TYPE' END,
       n.nspname, t.typname, NULL,
       pg_catalog.md5(CASE t.typtype
           WHEN 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod)
                || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END || coalesce(' DEFAULT ' || t.typdefault, '')
                || coalesce(' COLLATE ' || (SELECT co.collname FROM pg_catalog.pg_collation co
                                            WHERE co.oid = t.typcollation AND t.typcollation <> 100), '')
                || coalesce((SELECT string_agg(' CONSTRAINT ' || pg_catalog.quote_ident(k.conname) || ' '
                                               || pg_catalog.pg_get_constraintdef(k.oid), '' ORDER BY k.conname)
                             FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid), '')
           WHEN 'r' THEN (SELECT pg_catalog.format_type(r.rngsubtype, NULL) || ' ' || r.rngsubdiff::text || ' '
                                 || r.rngcanonical::text || ' ' || r.rngcollation || ' '
                                 || (SELECT o.opcname FROM pg_catalog.pg_opclass o WHERE o.oid = r.rngsubopc)
                          FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid)
           ELSE t.typinput::text || ' ' || t.typoutput::text || ' ' || t.typreceive::text || ' ' || t.typsend::text
                || ' ' || t.typlen || ' ' || t.typalign::text || ' ' || t.typstorage::text || ' ' || t.typbyval
           END)
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY (?)
  AND t.typtype IN ('d', 'r', 'b')
  AND NOT (t.typtype = 'b' AND (t.typelem <> 0 AND t.typlen = -1 OR t.typrelid <> 0))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type owner WHERE owner.typarray = t.oid)
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_type'::regclass AND ext.objid = t.oid)
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' WHEN 'w' THEN 'WINDOW_FUNCTION'
                      ELSE 'FUNCTION' END,
       n.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', NULL,
       pg_catalog.md5(CASE WHEN p.prokind = 'a'  -- pg_get_functiondef refuses aggregates
           THEN (SELECT a.aggkind::text || ' ' || a.aggtransfn::text || ' ' || a.aggfinalfn::text || ' '
                        || a.aggcombinefn::text || ' ' || pg_catalog.format_type(a.aggtranstype, NULL) || ' '
                        || coalesce(a.agginitval, '') || ' ' || pg_catalog.pg_get_function_result(p.oid)
                 FROM pg_catalog.pg_aggregate a WHERE a.aggfnoid = p.oid)
           ELSE pg_catalog.pg_get_functiondef(p.oid) END)
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_proc'::regclass AND ext.objid = p.oid)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
UNION ALL
SELECT 'TRIGGER', n.nspname, tg.tgname, c.relname,
       pg_catalog.md5(pg_catalog.pg_get_triggerdef(tg.oid) || ' ENABLED ' || tg.tgenabled::text)
FROM pg_catalog.pg_trigger tg
JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?) AND NOT tg.tgisinternal
UNION ALL
SELECT 'POLICY', n.nspname, po.polname, c.relname,
       pg_catalog.md5(po.polcmd::text || ' ' || po.polpermissive::text || ' TO '
                      || (SELECT string_agg(CASE WHEN r = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r)::text END,
                                            ', ' ORDER BY 1)
                          FROM unnest(po.polroles) AS r)
                      || coalesce(' USING ' || pg_catalog.pg_get_expr(po.polqual, po.polrelid), '')
                      || coalesce(' WITH CHECK ' || pg_catalog.pg_get_expr(po.polwithcheck, po.polrelid), ''))
FROM pg_catalog.pg_policy po
JOIN pg_catalog.pg_class c ON c.oid = po.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
UNION ALL
SELECT 'RULE', n.nspname, r.rulename, c.relname,
       pg_catalog.md5(pg_catalog.pg_get_ruledef(r.oid) || ' ENABLED ' || r.ev_enabled::text)
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?) AND r.rulename <> '_RETURN'
UNION ALL
-- the whole catalog row but its own oid and the library's version (which an operating system upgrade moves)
SELECT 'COLLATION', n.nspname, co.collname, NULL,
       pg_catalog.md5(((pg_catalog.to_jsonb(co) - 'oid') - 'collversion')::text)
FROM pg_catalog.pg_collation co
JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_collation'::regclass AND ext.objid = co.oid)
UNION ALL
SELECT 'STATISTICS_OBJECT', n.nspname, st.stxname, c.relname,
       pg_catalog.md5(pg_catalog.pg_get_statisticsobjdef(st.oid))
FROM pg_catalog.pg_statistic_ext st
JOIN pg_catalog.pg_namespace n ON n.oid = st.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = st.stxrelid
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_catalog.pg_statistic_ext'::regclass AND ext.objid = st.oid)
UNION ALL
SELECT 'SCHEMA_COMMENT', n.nspname, n.nspname, NULL, pg_catalog.md5(ds.description)
FROM pg_catalog.pg_namespace n
JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_catalog.pg_namespace'::regclass AND ds.objoid = n.oid
     AND ds.objsubid = 0
WHERE n.nspname = ANY (?)
  AND NOT (n.nspname = 'public' AND ds.description = 'standard public schema')
ORDER BY 1, 2, 4 NULLS FIRST, 3
