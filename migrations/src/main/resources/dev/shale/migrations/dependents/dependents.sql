-- Objects Shale does not manage that depend (pg_depend) on the tables and columns a migration drops or whose
-- type it changes: views and materialized views (through their rewrite rule), rules, triggers, policies,
-- functions and procedures (those with a SQL-standard body record what they use), sequences owned by a column,
-- extended statistics. Indexes, constraints and defaults are Shale's own and left out, and so is what belongs
-- to an extension. Parameters: text[] of schemas, text[] of tables, text[] of columns ('' for the whole table),
-- each the same length; the row's position (1-based) comes back as target, with whether the dependent goes
-- with the table (a trigger, policy or rule on it, an owned sequence) rather than stopping the statement.
WITH target AS (
    SELECT t.position, c.oid AS relid, a.attnum
    FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS t(schema_name, table_name, column_name, position)
    JOIN pg_catalog.pg_namespace n ON n.nspname = t.schema_name
    JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name AND c.relkind IN ('r', 'p')
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = t.column_name AND t.column_name <> ''
         AND NOT a.attisdropped
    WHERE t.column_name = '' OR a.attnum IS NOT NULL
)
SELECT t.position AS target,
       CASE WHEN d.classid = 'pg_catalog.pg_rewrite'::regclass THEN (
                SELECT CASE WHEN r.rulename = '_RETURN'
                            THEN CASE rc.relkind WHEN 'm' THEN 'materialized view ' ELSE 'view ' END
                                 || rn.nspname || '.' || rc.relname
                            ELSE 'rule ' || rn.nspname || '.' || r.rulename || ' on ' || rc.relname END
                FROM pg_catalog.pg_rewrite r
                JOIN pg_catalog.pg_class rc ON rc.oid = r.ev_class
                JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
                WHERE r.oid = d.objid)
            WHEN d.classid = 'pg_catalog.pg_trigger'::regclass THEN (
                SELECT 'trigger ' || tn.nspname || '.' || tg.tgname || ' on ' || tc.relname
                FROM pg_catalog.pg_trigger tg
                JOIN pg_catalog.pg_class tc ON tc.oid = tg.tgrelid
                JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
                WHERE tg.oid = d.objid)
            WHEN d.classid = 'pg_catalog.pg_policy'::regclass THEN (
                SELECT 'policy ' || pn.nspname || '.' || po.polname || ' on ' || pc.relname
                FROM pg_catalog.pg_policy po
                JOIN pg_catalog.pg_class pc ON pc.oid = po.polrelid
                JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                WHERE po.oid = d.objid)
            WHEN d.classid = 'pg_catalog.pg_proc'::regclass THEN (
                SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || fn.nspname || '.'
                       || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'
                FROM pg_catalog.pg_proc p
                JOIN pg_catalog.pg_namespace fn ON fn.oid = p.pronamespace
                WHERE p.oid = d.objid)
            ELSE pg_catalog.pg_describe_object(d.classid, d.objid, 0) END AS dependent,
       bool_or(d.deptype = 'a') AS dropped_with_it
FROM target t
JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = t.relid
     AND (t.attnum IS NULL OR d.refobjsubid = t.attnum)
WHERE d.deptype IN ('n', 'a')
  AND (d.classid IN ('pg_catalog.pg_rewrite'::regclass, 'pg_catalog.pg_trigger'::regclass,
                     'pg_catalog.pg_policy'::regclass, 'pg_catalog.pg_proc'::regclass,
                     'pg_catalog.pg_statistic_ext'::regclass)
       OR d.classid = 'pg_catalog.pg_class'::regclass
          AND EXISTS (SELECT 1 FROM pg_catalog.pg_class s WHERE s.oid = d.objid AND s.relkind = 'S'))
  AND NOT (d.classid = 'pg_catalog.pg_rewrite'::regclass
           AND EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite r WHERE r.oid = d.objid AND r.ev_class = t.relid
                       AND r.rulename = '_RETURN'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = d.classid AND e.objid = d.objid AND e.deptype = 'e')
GROUP BY 1, 2
ORDER BY 1, 2
