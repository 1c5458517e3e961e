-- Extensions whose objects live in the schemas, with their installed version. plpgsql is left out: every
-- database has it. The objects an extension owns (pg_depend deptype 'e': its types, functions, operators)
-- are not listed anywhere else. Parameter 1: text[] of schema names.
SELECT e.extname AS extension_name,
       n.nspname AS schema_name,
       e.extversion AS version
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE n.nspname = ANY (?)
  AND e.extname <> 'plpgsql'
ORDER BY e.extname
