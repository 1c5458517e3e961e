-- Details of the tables the model reads (those of tables.sql) that the model does not describe, one row
-- each: the table and the detail in words, such as "column c: STORAGE PLAIN". A database
-- holding one cannot be rebuilt from the model, so it is reported, never dropped. Each branch is one kind of
-- detail; when the model learns to describe a kind, its branch goes. Columns PostgreSQL 15 added
-- (indnullsnotdistinct, confdelsetcols) and 18 (conenforced, conperiod) are read through to_jsonb, so that the
-- query runs on every version from 13.
-- Every parameter: text[] of schema names.
WITH tbl AS (
    SELECT c.oid, n.nspname AS schema_name, c.relname AS table_name, c.relpersistence, c.relreplident,
           c.reloftype, c.relrowsecurity, c.relforcerowsecurity, c.reloptions, c.reltablespace
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r'
      AND NOT c.relispartition
      AND n.nspname = ANY (?)
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
),
col AS (
    SELECT t.oid AS relid, t.schema_name, t.table_name, a.attnum, a.attname, a.attidentity, a.attgenerated,
           a.attstattarget,
           a.attstorage, ty.typstorage
    FROM tbl t
    JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
)
-- a default taking values from a sequence in a schema not read: the model would lose the sequence
SELECT c.schema_name, c.table_name,
       'column ' || pg_catalog.quote_ident(c.attname) || ': default '
           || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) || ' takes its values from sequence '
           || sn.nspname || '.' || sq.relname || ', in a schema not read' AS detail
FROM col c
JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = c.relid AND ad.adnum = c.attnum
JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_catalog.pg_attrdef'::regclass AND dep.objid = ad.oid
     AND dep.refclassid = 'pg_catalog.pg_class'::regclass
JOIN pg_catalog.pg_class sq ON sq.oid = dep.refobjid AND sq.relkind = 'S'
JOIN pg_catalog.pg_namespace sn ON sn.oid = sq.relnamespace
WHERE NOT (sn.nspname = ANY (?))
UNION ALL
-- a virtual generated column (PostgreSQL 18): the model's generated columns are stored
SELECT c.schema_name, c.table_name,
       'column ' || pg_catalog.quote_ident(c.attname) || ': GENERATED ALWAYS AS (...) VIRTUAL'
FROM col c
WHERE c.attgenerated = 'v'
UNION ALL
-- a column storage other than its type's
SELECT c.schema_name, c.table_name,
       'column ' || pg_catalog.quote_ident(c.attname) || ': STORAGE '
           || CASE c.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END
FROM col c
WHERE c.attstorage <> c.typstorage
UNION ALL
-- a statistics target set on a column (-1 up to PostgreSQL 16, NULL from 17 when none is set)
SELECT c.schema_name, c.table_name,
       'column ' || pg_catalog.quote_ident(c.attname) || ': SET STATISTICS ' || c.attstattarget
FROM col c
WHERE c.attstattarget IS NOT NULL AND c.attstattarget >= 0
UNION ALL
-- a comment on a constraint or on an index of the table
SELECT t.schema_name, t.table_name,
       'constraint ' || pg_catalog.quote_ident(co.conname) || ': COMMENT ' || pg_catalog.quote_literal(ds.description)
FROM tbl t
JOIN pg_catalog.pg_constraint co ON co.conrelid = t.oid AND co.contype IN ('p', 'u', 'c', 'f', 'n', 'x')
JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_catalog.pg_constraint'::regclass AND ds.objoid = co.oid
     AND ds.objsubid = 0
UNION ALL
SELECT t.schema_name, t.table_name,
       'index ' || pg_catalog.quote_ident(ic.relname) || ': COMMENT ' || pg_catalog.quote_literal(ds.description)
FROM tbl t
JOIN pg_catalog.pg_index i ON i.indrelid = t.oid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objoid = ic.oid
     AND ds.objsubid = 0
UNION ALL
-- table options: a replica identity on an index since dropped (it acts as NOTHING), typed table, row level
-- security, storage parameters, tablespace
SELECT t.schema_name, t.table_name, o.detail
FROM tbl t
CROSS JOIN LATERAL (VALUES
    (CASE WHEN t.relreplident = 'i' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                                                    WHERE i.indrelid = t.oid AND i.indisreplident)
          THEN 'REPLICA IDENTITY USING INDEX of a dropped index' END),
    (CASE WHEN t.reloftype <> 0 THEN 'typed table OF ' || pg_catalog.format_type(t.reloftype, NULL) END),
    (CASE WHEN t.relrowsecurity THEN 'ROW LEVEL SECURITY enabled' END),
    (CASE WHEN t.relforcerowsecurity THEN 'FORCE ROW LEVEL SECURITY' END),
    (CASE WHEN t.reloptions IS NOT NULL THEN 'storage parameters (' || array_to_string(t.reloptions, ', ') || ')' END),
    (CASE WHEN t.reltablespace <> 0 THEN 'TABLESPACE ' || (SELECT pg_catalog.quote_ident(ts.spcname)
                                                           FROM pg_catalog.pg_tablespace ts WHERE ts.oid = t.reltablespace) END)
) o(detail)
WHERE o.detail IS NOT NULL
UNION ALL
-- inheritance: the model has no parent tables; the inherited columns are read as the child's own
SELECT t.schema_name, t.table_name,
       'INHERITS ' || pn.nspname || '.' || p.relname
FROM tbl t
JOIN pg_catalog.pg_inherits inh ON inh.inhrelid = t.oid
JOIN pg_catalog.pg_class p ON p.oid = inh.inhparent
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
WHERE p.relkind = 'r'
UNION ALL
-- constraint state: MATCH FULL, ON DELETE SET NULL/DEFAULT (columns), NOT ENFORCED, WITHOUT OVERLAPS
SELECT t.schema_name, t.table_name,
       'constraint ' || pg_catalog.quote_ident(co.conname) || ': ' || o.detail
FROM tbl t
JOIN pg_catalog.pg_constraint co ON co.conrelid = t.oid AND co.contype IN ('p', 'u', 'c', 'f')
CROSS JOIN LATERAL (VALUES
    (CASE WHEN co.contype = 'f' AND co.confmatchtype = 'f' THEN 'MATCH FULL' END),
    (CASE WHEN co.contype = 'f' AND pg_catalog.to_jsonb(co) ->> 'confdelsetcols' IS NOT NULL
          THEN 'ON DELETE SET NULL/DEFAULT of some columns only' END),
    (CASE WHEN pg_catalog.to_jsonb(co) ->> 'conenforced' = 'false' THEN 'NOT ENFORCED' END),
    (CASE WHEN pg_catalog.to_jsonb(co) ->> 'conperiod' = 'true' THEN 'WITHOUT OVERLAPS / PERIOD' END)
) o(detail)
WHERE o.detail IS NOT NULL
UNION ALL
-- index options the model does not describe. A plain index (indexes.sql) and an exclusion constraint's
-- (exclusions.sql) carry their key order, nulls placement, INCLUDE, NULLS NOT DISTINCT and storage parameters, a key
-- collation of any schema and an operator class of pg_catalog or of an extension; left here are a user's operator
-- class, and a tablespace. The index of a primary key or unique constraint carries INCLUDE, NULLS NOT DISTINCT and
-- storage parameters (constraints.sql), no key options.
SELECT t.schema_name, t.table_name,
       'index ' || pg_catalog.quote_ident(ic.relname) || ': ' || o.detail
FROM tbl t
JOIN pg_catalog.pg_index i ON i.indrelid = t.oid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
LEFT JOIN pg_catalog.pg_constraint ico ON ico.conindid = i.indexrelid AND ico.conrelid = t.oid
     AND ico.contype IN ('p', 'u')
CROSS JOIN LATERAL (
    SELECT 'key ' || pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
               || CASE WHEN i.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END
               || CASE WHEN i.indoption[k - 1] & 1 = 1 AND i.indoption[k - 1] & 2 = 0 THEN ' NULLS LAST'
                       WHEN i.indoption[k - 1] & 1 = 0 AND i.indoption[k - 1] & 2 = 2 THEN ' NULLS FIRST' ELSE '' END
               || CASE WHEN NOT opc.opcdefault THEN ' ' || pg_catalog.quote_ident(opn.nspname) || '.'
                                                     || pg_catalog.quote_ident(opc.opcname) ELSE '' END
               || CASE WHEN key_collation.differs
                       THEN ' COLLATE ' || (SELECT pg_catalog.quote_ident(kn.nspname) || '.'
                                                   || pg_catalog.quote_ident(kc.collname)
                                            FROM pg_catalog.pg_collation kc
                                            JOIN pg_catalog.pg_namespace kn ON kn.oid = kc.collnamespace
                                            WHERE kc.oid = i.indcollation[k - 1]) ELSE '' END AS detail
    FROM generate_series(1, i.indnkeyatts) k
    JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[k - 1]
    JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
    LEFT JOIN pg_catalog.pg_attribute ka ON ka.attrelid = i.indrelid AND ka.attnum = i.indkey[k - 1]
         AND i.indkey[k - 1] <> 0
    CROSS JOIN LATERAL (SELECT i.indcollation[k - 1] <> 0 AND ka.attnum IS NOT NULL
                               AND i.indcollation[k - 1] <> ka.attcollation AS differs) key_collation
    WHERE ico.oid IS NOT NULL AND (i.indoption[k - 1] <> 0 OR NOT opc.opcdefault OR key_collation.differs)
       OR ico.oid IS NULL AND NOT opc.opcdefault
          AND NOT (opc.opcname ~ '^[a-z_][a-z0-9_]*$'
                   AND CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                         WHERE d.classid = 'pg_catalog.pg_opclass'::regclass
                                           AND d.objid = opc.oid AND d.deptype = 'e')
                            THEN opn.nspname ~ '^[a-z_][a-z0-9_]*$'
                            ELSE opc.opcnamespace = 'pg_catalog'::regnamespace END)
    UNION ALL
    SELECT 'TABLESPACE ' || ts.spcname FROM pg_catalog.pg_tablespace ts
    WHERE ic.reltablespace <> 0 AND ts.oid = ic.reltablespace

) o
ORDER BY 1, 2, 3
