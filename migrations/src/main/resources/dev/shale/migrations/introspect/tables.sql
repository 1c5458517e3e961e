-- Ordinary, non-partition tables not owned by an extension: comment, persistence ('u' for UNLOGGED), replica
-- identity ('d', 'f', 'n' or 'i') and the index it uses ('i'; NULL when that index was dropped).
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       -- obj_description() as a subquery: an index lookup, without a SQL function call per table
       (SELECT ds.description FROM pg_catalog.pg_description ds
        WHERE ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0) AS comment,
       c.relpersistence AS persistence,
       c.relreplident AS replica_identity,
       (SELECT ic.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
        WHERE i.indrelid = c.oid AND i.indisreplident) AS replica_identity_index
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r'
  AND NOT c.relispartition
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
