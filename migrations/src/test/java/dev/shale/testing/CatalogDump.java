package dev.shale.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database's schema as text read from the catalog, for comparing two databases of one server when no
 * {@code pg_dump} of the server's major version is at hand ({@link SchemaDump#dump} chooses). Like the
 * canonical pg_dump it leaves out owners, privileges and column order, and keeps everything else a migration can
 * change in the objects of non-system schemas: schemas, extensions, enum, domain, composite and range types,
 * sequences with every option and their owning column, tables (persistence, kind, partitioning, inheritance, access
 * and storage options, replica identity, row security), columns (type, collation, nullability and its NOT NULL
 * constraint's state, default, generation, identity, storage, compression, statistics target), constraints and
 * indexes as PostgreSQL deparses them ({@code pg_get_constraintdef}, {@code pg_get_indexdef}: validity,
 * deferrability, NO INHERIT, sort order, operator classes, INCLUDE, NULLS NOT DISTINCT, storage parameters),
 * triggers, rules, policies, views, functions and comments. Objects that belong to an extension are left out.
 * One line per fact, each starting with the object it belongs to, sorted: the text does not depend on OIDs, on
 * the order objects were made in, or on the database's name.
 */
public final class CatalogDump {

    /** Non-system schemas, as an SQL condition on a namespace OID column. */
    private static final String USER_SCHEMA = "(SELECT nspname FROM pg_catalog.pg_namespace WHERE oid = %s)"
            + " NOT LIKE 'pg\\_%%' AND (SELECT nspname FROM pg_catalog.pg_namespace WHERE oid = %s)"
            + " <> 'information_schema'";

    /** Not a member of an extension. */
    private static final String NOT_EXTENSION = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = %s"
            + " AND e.objid = %s AND e.deptype = 'e')";

    /** {@code schema.name} of a relation. */
    private static final String REL = "(c.relnamespace::regnamespace::text || '.' || pg_catalog.quote_ident(c.relname))";

    private CatalogDump() {
    }

    /** The catalog dump of the database at {@code url}. */
    public static String dump(JdbcUrl url) {
        try (Connection connection = DriverManager.getConnection(url.toString())) {
            return dump(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the catalog of " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The catalog dump of the database behind {@code connection}, read in one snapshot: in a transaction of its own
     * when the connection is in autocommit, else inside the caller's transaction (which then sees its own changes).
     */
    public static String dump(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (autoCommit) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            // names print qualified unless in pg_catalog: the text must not depend on a session's search_path
            String searchPath = null;
            if (!autoCommit) {
                try (ResultSet path = statement.executeQuery("SHOW search_path")) {
                    path.next();
                    searchPath = path.getString(1);
                }
            }
            statement.execute("SET LOCAL search_path = pg_catalog");
            int major = connection.getMetaData().getDatabaseMajorVersion();
            List<String> lines = new ArrayList<>();
            for (String query : queries(major)) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
            }
            lines.sort(null);
            if (searchPath != null) {
                statement.execute("SELECT pg_catalog.set_config('search_path', " + quote(searchPath) + ", true)");
            }
            return String.join("\n", lines) + "\n";
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String userSchema(String namespaceOid) {
        return String.format(USER_SCHEMA, namespaceOid, namespaceOid);
    }

    private static String notExtension(String catalog, String oid) {
        return String.format(NOT_EXTENSION, "'pg_catalog." + catalog + "'::regclass", oid);
    }

    private static String comment(String catalog, String oid, String subId) {
        return "(SELECT ' COMMENT ' || quote_literal(d.description) FROM pg_catalog.pg_description d"
                + " WHERE d.objoid = " + oid + " AND d.classoid = 'pg_catalog." + catalog + "'::regclass AND d.objsubid = "
                + subId + ")";
    }

    /** One query per kind of object, each returning one text column: the lines. */
    private static List<String> queries(int major) {
        Map<String, String> queries = new TreeMap<>();
        queries.put("schemas", "SELECT 'SCHEMA ' || quote_ident(n.nspname) || coalesce(" + comment("pg_namespace", "n.oid", "0")
                + ", '') FROM pg_catalog.pg_namespace n WHERE " + userSchema("n.oid")
                + " AND " + notExtension("pg_namespace", "n.oid"));
        queries.put("extensions", "SELECT 'EXTENSION ' || quote_ident(x.extname) || ' SCHEMA '"
                + " || x.extnamespace::regnamespace::text || ' VERSION ' || quote_literal(x.extversion)"
                + " FROM pg_catalog.pg_extension x WHERE x.extname <> 'plpgsql'");
        queries.put("types", "SELECT 'TYPE ' || t.typnamespace::regnamespace::text || '.' || quote_ident(t.typname) || ' '"
                + " || CASE t.typtype"
                + "   WHEN 'e' THEN 'ENUM (' || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)"
                + "        FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid) || ')'"
                + "   WHEN 'd' THEN 'DOMAIN ' || format_type(t.typbasetype, t.typtypmod)"
                + "        || CASE WHEN t.typcollation <> (SELECT b.typcollation FROM pg_catalog.pg_type b WHERE b.oid = t.typbasetype)"
                + "                THEN ' COLLATE ' || t.typcollation::regcollation::text ELSE '' END"
                + "        || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END"
                + "        || coalesce(' DEFAULT ' || t.typdefault, '')"
                + "        || coalesce((SELECT string_agg(' CONSTRAINT ' || quote_ident(co.conname) || ' '"
                + "             || pg_get_constraintdef(co.oid), '' ORDER BY co.conname)"
                + "             FROM pg_catalog.pg_constraint co WHERE co.contypid = t.oid), '')"
                + "   WHEN 'c' THEN 'COMPOSITE (' || (SELECT string_agg(quote_ident(a.attname) || ' '"
                + "        || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a"
                + "        WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) || ')'"
                + "   WHEN 'r' THEN 'RANGE (' || (SELECT format_type(r.rngsubtype, NULL)"
                + "        || coalesce(' OPCLASS ' || r.rngsubopc::text, '') FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid) || ')'"
                + "   ELSE 'BASE' END"
                + " || coalesce(" + comment("pg_type", "t.oid", "0") + ", '')"
                + " FROM pg_catalog.pg_type t"
                + " WHERE " + userSchema("t.typnamespace") + " AND " + notExtension("pg_type", "t.oid")
                + " AND t.typtype IN ('e', 'd', 'c', 'r', 'b')"
                + " AND NOT (t.typtype = 'c' AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) <> 'c')"
                + " AND NOT (t.typtype = 'b' AND t.typelem <> 0 AND t.typlen = -1)"
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type o WHERE o.typarray = t.oid)");
        queries.put("sequences", "SELECT 'SEQUENCE ' || " + REL + " || ' AS ' || format_type(s.seqtypid, NULL)"
                + " || ' START ' || s.seqstart || ' INCREMENT ' || s.seqincrement || ' MINVALUE ' || s.seqmin"
                + " || ' MAXVALUE ' || s.seqmax || ' CACHE ' || s.seqcache || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END"
                + " || CASE c.relpersistence WHEN 'u' THEN ' UNLOGGED' ELSE '' END"
                + " || coalesce((SELECT CASE d.deptype WHEN 'i' THEN ' IDENTITY OF ' ELSE ' OWNED BY ' END"
                + "     || d.refobjid::regclass::text || '.' || quote_ident(a.attname)"
                + "     FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
                + "     WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid"
                + "       AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1), '')"
                + " || coalesce(" + comment("pg_class", "c.oid", "0") + ", '')"
                + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid"
                + " WHERE " + userSchema("c.relnamespace") + " AND " + notExtension("pg_class", "c.oid"));
        queries.put("relations", "SELECT 'RELATION ' || " + REL + " || ' ' || CASE c.relkind WHEN 'r' THEN 'TABLE'"
                + " WHEN 'p' THEN 'PARTITIONED TABLE ' || pg_get_partkeydef(c.oid) WHEN 'v' THEN 'VIEW'"
                + " WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE c.relkind::text END"
                + " || CASE c.relpersistence WHEN 'u' THEN ' UNLOGGED' ELSE '' END"
                + " || CASE WHEN c.relispartition THEN ' PARTITION OF ' || (SELECT i.inhparent::regclass::text"
                + "     FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid)"
                + "     ELSE coalesce(' INHERITS (' || (SELECT string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno)"
                + "     FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid) || ')', '') END"
                + " || coalesce(' USING ' || (SELECT am.amname FROM pg_catalog.pg_am am WHERE am.oid = c.relam"
                + "     AND am.amname <> 'heap'), '')"
                + " || coalesce(' WITH (' || array_to_string(c.reloptions, ', ') || ')', '')"
                + " || CASE WHEN c.relkind NOT IN ('r', 'p') THEN '' ELSE CASE c.relreplident WHEN 'n' THEN ' REPLICA IDENTITY NOTHING' WHEN 'f' THEN ' REPLICA IDENTITY FULL'"
                + "     WHEN 'i' THEN ' REPLICA IDENTITY USING INDEX ' || coalesce((SELECT quote_ident(ic.relname)"
                + "         FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid"
                + "         WHERE x.indrelid = c.oid AND x.indisreplident), '?') ELSE '' END END"
                + " || CASE WHEN c.relrowsecurity THEN ' ROW LEVEL SECURITY' ELSE '' END"
                + " || CASE WHEN c.relforcerowsecurity THEN ' FORCE ROW LEVEL SECURITY' ELSE '' END"
                + " || CASE WHEN c.relkind IN ('v', 'm') THEN ' AS ' || pg_get_viewdef(c.oid, true) ELSE '' END"
                + " || coalesce(" + comment("pg_class", "c.oid", "0") + ", '')"
                + " FROM pg_catalog.pg_class c"
                + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND " + userSchema("c.relnamespace")
                + " AND " + notExtension("pg_class", "c.oid"));
        // columns sorted by name: a column dropped and added back (last in attnum order) is no difference
        queries.put("columns", "SELECT 'RELATION ' || " + REL + " || ' COLUMN ' || quote_ident(a.attname) || ' '"
                + " || format_type(a.atttypid, a.atttypmod)"
                + " || CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END"
                + " || CASE WHEN a.attnotnull OR EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co WHERE co.conrelid"
                + "     = a.attrelid AND co.contype = 'n' AND co.conkey[1] = a.attnum) THEN ' NOT NULL' ELSE '' END"
                + " || coalesce((SELECT CASE WHEN NOT co.convalidated THEN ' NOT VALID' ELSE '' END"
                + "     || CASE WHEN co.connoinherit THEN ' NO INHERIT' ELSE '' END"
                + "     FROM pg_catalog.pg_constraint co WHERE co.conrelid = a.attrelid AND co.contype = 'n'"
                + "     AND co.conkey[1] = a.attnum), '')"
                + " || CASE WHEN a.attgenerated <> '' THEN ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ')'"
                + "     || CASE a.attgenerated WHEN 's' THEN ' STORED' ELSE ' VIRTUAL' END"
                + "     ELSE coalesce(' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid), '') END"
                + " || CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY'"
                + "     WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END"
                + " || CASE WHEN a.attstorage <> t.typstorage THEN ' STORAGE ' || a.attstorage::text ELSE '' END"
                + (major >= 14 ? " || CASE WHEN a.attcompression <> '' THEN ' COMPRESSION ' || a.attcompression::text ELSE '' END" : "")
                + " || CASE WHEN coalesce(a.attstattarget::int, -1) <> -1 THEN ' STATISTICS ' || a.attstattarget ELSE '' END"
                + " || CASE WHEN NOT a.attislocal THEN ' INHERITED' ELSE '' END"
                // options PostgreSQL or a server build keeps for itself (pg_*) are not the schema's
                + " || coalesce(' OPTIONS (' || (SELECT string_agg(o, ', ' ORDER BY o) FROM unnest(a.attoptions) o"
                + "     WHERE o NOT LIKE 'pg\\_%') || ')', '')"
                + " || coalesce(" + comment("pg_class", "c.oid", "a.attnum") + ", '')"
                + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
                + " LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
                + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped"
                + " AND " + userSchema("c.relnamespace") + " AND " + notExtension("pg_class", "c.oid"));
        // NOT NULL constraints (PostgreSQL 18 catalogs them) are the columns' NOT NULL above, their names left out
        queries.put("constraints", "SELECT 'RELATION ' || " + REL + " || ' CONSTRAINT ' || quote_ident(co.conname) || ' '"
                + " || pg_get_constraintdef(co.oid)"
                + " || CASE WHEN NOT co.conislocal THEN ' INHERITED' ELSE '' END"
                + " || coalesce(" + comment("pg_constraint", "co.oid", "0") + ", '')"
                + " FROM pg_catalog.pg_constraint co JOIN pg_catalog.pg_class c ON c.oid = co.conrelid"
                + " WHERE co.contype <> 'n' AND " + userSchema("c.relnamespace") + " AND " + notExtension("pg_class", "c.oid"));
        queries.put("indexes", "SELECT 'RELATION ' || " + REL + " || ' INDEX ' || quote_ident(ic.relname) || ' '"
                + " || CASE WHEN co.oid IS NULL THEN pg_get_indexdef(x.indexrelid) ELSE 'OF CONSTRAINT' END"
                // pg_get_constraintdef leaves out the storage parameters of the constraint's index
                + " || CASE WHEN co.oid IS NOT NULL AND ic.reloptions IS NOT NULL"
                + "     THEN ' WITH (' || array_to_string(ic.reloptions, ', ') || ')' ELSE '' END"
                + " || CASE WHEN x.indisclustered THEN ' CLUSTERED' ELSE '' END"
                + " || CASE WHEN NOT x.indisvalid THEN ' INVALID' ELSE '' END"
                + " || coalesce(' COLUMN STATISTICS ' || (SELECT string_agg(ia.attnum || '=' || ia.attstattarget, ', '"
                + "     ORDER BY ia.attnum) FROM pg_catalog.pg_attribute ia WHERE ia.attrelid = x.indexrelid"
                + "     AND coalesce(ia.attstattarget::int, -1) <> -1), '')"
                + " || coalesce(" + comment("pg_class", "ic.oid", "0") + ", '')"
                + " FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid"
                + " JOIN pg_catalog.pg_class c ON c.oid = x.indrelid"
                + " LEFT JOIN pg_catalog.pg_constraint co ON co.conindid = x.indexrelid AND co.conrelid = x.indrelid"
                + "     AND co.contype IN ('p', 'u', 'x')"
                + " WHERE " + userSchema("c.relnamespace") + " AND " + notExtension("pg_class", "c.oid"));
        queries.put("triggers", "SELECT 'RELATION ' || " + REL + " || ' TRIGGER ' || quote_ident(tg.tgname) || ' '"
                + " || pg_get_triggerdef(tg.oid) || CASE tg.tgenabled WHEN 'O' THEN '' ELSE ' ENABLED ' || tg.tgenabled::text END"
                + " || coalesce(" + comment("pg_trigger", "tg.oid", "0") + ", '')"
                + " FROM pg_catalog.pg_trigger tg JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid"
                + " WHERE NOT tg.tgisinternal AND " + userSchema("c.relnamespace"));
        queries.put("rules", "SELECT 'RELATION ' || " + REL + " || ' RULE ' || quote_ident(r.rulename) || ' '"
                + " || pg_get_ruledef(r.oid) || coalesce(" + comment("pg_rewrite", "r.oid", "0") + ", '')"
                + " FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class"
                + " WHERE r.rulename <> '_RETURN' AND " + userSchema("c.relnamespace"));
        queries.put("policies", "SELECT 'RELATION ' || " + REL + " || ' POLICY ' || quote_ident(p.polname)"
                + " || CASE WHEN p.polpermissive THEN ' PERMISSIVE' ELSE ' RESTRICTIVE' END || ' FOR ' || p.polcmd::text"
                + " || ' TO ' || (SELECT string_agg(role, ', ' ORDER BY role) FROM (SELECT CASE WHEN r = 0 THEN 'public'"
                + "     ELSE r::regrole::text END AS role FROM unnest(p.polroles) r) roles)"
                + " || coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')"
                + " || coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')"
                + " FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid"
                + " WHERE " + userSchema("c.relnamespace"));
        queries.put("functions", "SELECT 'FUNCTION ' || p.pronamespace::regnamespace::text || '.' || quote_ident(p.proname)"
                + " || '(' || pg_get_function_identity_arguments(p.oid) || ') '"
                + " || CASE WHEN p.prokind = 'a' THEN 'AGGREGATE' ELSE pg_get_functiondef(p.oid) END"
                + " || coalesce(" + comment("pg_proc", "p.oid", "0") + ", '')"
                + " FROM pg_catalog.pg_proc p WHERE " + userSchema("p.pronamespace") + " AND " + notExtension("pg_proc", "p.oid")
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::regclass"
                + "     AND d.objid = p.oid AND d.deptype = 'i')");
        return List.copyOf(queries.values());
    }
}
