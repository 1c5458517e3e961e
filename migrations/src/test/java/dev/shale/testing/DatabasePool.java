package dev.shale.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Databases lent out again and again during one test run ({@link TestDatabase#create()} takes them from
 * {@link #shared()}): creating and dropping a database costs PostgreSQL a copy of {@code template0} and a
 * checkpoint, emptying one costs a {@code DROP SCHEMA}. A database given back is emptied (every schema dropped,
 * {@code public} made again as {@code template0} has it) and then checked to hold no object a user made (no catalog
 * row with an OID past the initial ones but the new {@code public} schema and its comment), so that it is lent out
 * as empty as a fresh one; a database that fails the check, or that a test changed at database level (owner,
 * privileges, settings, comment), is dropped instead. No setting is added to the databases: tests read their
 * database's settings. Closing the pool drops them all. Safe to use from several threads.
 */
public final class DatabasePool implements AutoCloseable {

    /** The first OID PostgreSQL gives to objects made after initdb (FirstNormalObjectId). */
    private static final int FIRST_USER_OID = 16384;

    /**
     * Drops every schema and makes {@code public} again as {@code template0} has it in each version: owned by
     * {@code pg_database_owner} from PostgreSQL 14 on (by the bootstrap superuser, OID 10, before), and open to
     * {@code CREATE} by everyone before PostgreSQL 15.
     */
    private static final String EMPTY = """
            DO $$ DECLARE s name; BEGIN
              FOR s IN SELECT nspname FROM pg_namespace
                       WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%' LOOP
                EXECUTE format('DROP SCHEMA %I CASCADE', s);
              END LOOP;
              EXECUTE format('CREATE SCHEMA public AUTHORIZATION %I', CASE
                  WHEN current_setting('server_version_num')::int >= 140000 THEN 'pg_database_owner'
                  ELSE (SELECT rolname FROM pg_roles WHERE oid = 10) END);
              IF current_setting('server_version_num')::int < 150000 THEN
                GRANT CREATE ON SCHEMA public TO PUBLIC;
              END IF;
            END $$;
            COMMENT ON SCHEMA public IS 'standard public schema';
            GRANT USAGE ON SCHEMA public TO PUBLIC""";

    /** Catalogs that hold objects a migration or a test may make, each with its OID column. */
    private static final List<String> CATALOGS = List.of("pg_class", "pg_type", "pg_proc", "pg_constraint",
            "pg_attrdef", "pg_trigger", "pg_rewrite", "pg_enum", "pg_collation", "pg_operator", "pg_opclass",
            "pg_opfamily", "pg_cast", "pg_conversion", "pg_extension", "pg_language", "pg_am", "pg_policy",
            "pg_statistic_ext", "pg_event_trigger", "pg_publication", "pg_foreign_data_wrapper",
            "pg_foreign_server", "pg_default_acl", "pg_ts_config", "pg_ts_dict", "pg_ts_parser", "pg_ts_template",
            "pg_transform", "pg_largeobject_metadata");

    /** One row per kind of leftover: the catalog and how many of its rows a user made. */
    private static final String LEFTOVERS = String.join(" UNION ALL ", CATALOGS.stream()
            .map(c -> "SELECT '" + c + "', count(*) FROM " + c + " WHERE oid >= " + FIRST_USER_OID).toList())
            + " UNION ALL SELECT 'pg_namespace', count(*) FROM pg_namespace WHERE oid >= " + FIRST_USER_OID
            + " AND nspname <> 'public' AND nspname NOT LIKE 'pg\\_%'"
            + " UNION ALL SELECT 'pg_description', count(*) FROM pg_description WHERE objoid >= " + FIRST_USER_OID
            + " AND NOT (classoid = 'pg_namespace'::regclass AND objoid = 'public'::regnamespace)"
            + " UNION ALL SELECT 'public schema not as in template0', count(*) FROM pg_namespace WHERE nspname = 'public'"
            + " AND (nspowner <> CASE WHEN current_setting('server_version_num')::int >= 140000"
            + " THEN (SELECT oid FROM pg_roles WHERE rolname = 'pg_database_owner') ELSE 10 END"
            + " OR obj_description(oid, 'pg_namespace') IS DISTINCT FROM 'standard public schema')";

    /** Database-level state a test may change: anything but this database as the pool made it. */
    private static final String CHANGED_DATABASE = "SELECT 'database ' || d.datname || ' changed (owner, privileges,"
            + " connection limit, comment or settings)', 1 FROM pg_database d WHERE d.datname = current_database() AND ("
            + "d.datdba <> (SELECT oid FROM pg_roles WHERE rolname = current_user) OR d.datacl IS NOT NULL"
            + " OR d.datconnlimit <> -1 OR NOT d.datallowconn"
            + " OR EXISTS (SELECT 1 FROM pg_shdescription c WHERE c.objoid = d.oid AND c.classoid = 'pg_database'::regclass)"
            + " OR EXISTS (SELECT 1 FROM pg_db_role_setting s WHERE s.setdatabase = d.oid))";

    private static final DatabasePool SHARED = sharedPool();

    private PostgresServer server;
    private final Deque<String> free = new ArrayDeque<>();
    private boolean closed;

    /** A pool of databases on the shared server (started on first use). */
    public DatabasePool() {
        this(null);
    }

    /** A pool of databases on {@code server}. */
    public DatabasePool(PostgresServer server) {
        this.server = server;
    }

    /**
     * The pool behind {@link TestDatabase#create()} in this JVM, its databases dropped when the JVM ends; null when
     * {@code -Dshale.test.pool=false} asks for a fresh database each time (to compare, or to rule the pool out).
     */
    static DatabasePool shared() {
        return SHARED;
    }

    private static DatabasePool sharedPool() {
        if (!Boolean.parseBoolean(System.getProperty("shale.test.pool", "true"))) {
            return null;
        }
        DatabasePool pool = new DatabasePool(null);
        Runtime.getRuntime().addShutdownHook(new Thread(pool::close, "shale-test-database-pool"));
        return pool;
    }

    private PostgresServer server() {
        synchronized (this) {
            if (server == null) {
                server = PostgresServer.shared();
            }
            return server;
        }
    }

    /** An empty database, fresh or emptied; closing it gives it back. */
    public TestDatabase lend() {
        String name;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the database pool is closed");
            }
            name = free.poll();
        }
        if (name == null) {
            name = TestDatabase.create(server()).name();
        }
        return TestDatabase.lent(server(), name, this::giveBack);
    }

    /**
     * Empties {@code database} and keeps it for the next {@link #lend()}. A database that cannot be emptied as
     * fresh (a test changed it at database level, dropped it, or left a session holding locks) is dropped instead,
     * as a database not pooled would be: reuse saves time, it never hands out a database that is not empty.
     */
    private void giveBack(TestDatabase database) {
        boolean empty;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // pg_terminate_backend waits for the backend to end from PostgreSQL 14 on (its timeout argument)
            statement.execute("SELECT pg_terminate_backend(pid" + (server().major() >= 14 ? ", 5000" : "")
                    + ") FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
            statement.execute("SET lock_timeout = '5s'");
            connection.setAutoCommit(false);
            statement.execute(EMPTY);
            connection.commit();
            connection.setAutoCommit(true);
            empty = none(statement, LEFTOVERS) && none(statement, CHANGED_DATABASE)
                    && none(statement, "SELECT 'sessions' FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND pid <> pg_backend_pid()");
        } catch (SQLException e) {
            empty = false;
        }
        synchronized (this) {
            if (empty && !closed) {
                free.push(database.name());
                return;
            }
        }
        TestDatabase.drop(server(), database.name());
    }

    /** Whether {@code sql} finds nothing: no row, or only rows whose second column is zero. */
    private static boolean none(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                if (rows.getMetaData().getColumnCount() < 2 || rows.getLong(2) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Drops every database of the pool; those still lent out are dropped when given back. */
    @Override
    public void close() {
        List<String> toDrop;
        synchronized (this) {
            closed = true;
            toDrop = List.copyOf(free);
            free.clear();
        }
        EachOf.run(toDrop, name -> TestDatabase.drop(server(), name));
    }
}
