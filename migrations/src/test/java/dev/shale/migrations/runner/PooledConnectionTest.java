package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.api.MigrationFailedException;
import dev.shale.api.Shale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.SingleConnectionDataSource;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's pool hands the runner a connection and gets it back: the session's timeouts,
 * autocommit mode and the migration lock must be as before, after success and after failure.
 */
@ExtendWith(PostgresExtension.class)
class PooledConnectionTest {

    @TempDir
    Path root;

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void theConnectionGoesBackAsItCame(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);");
        try (Connection physical = db.connect()) {
            physical.createStatement().execute("SET lock_timeout = '1234ms'; SET statement_timeout = '98s';"
                    + " SET TimeZone = 'Asia/Kolkata'; SET DateStyle = 'ISO, DMY'; SET IntervalStyle = 'iso_8601';"
                    + " SET search_path = app, public");
            physical.setAutoCommit(false);
            physical.commit();
            DataSource pool = new SingleConnectionDataSource(physical);

            Shale.migrate(pool, files.source());
            assertState(physical);

            files.up("20260101000002", "bad", "CREATE TABLE one (id int);");
            assertThrows(MigrationFailedException.class, () -> Shale.migrate(pool, files.source()));
            assertState(physical);

            Shale.status(pool, files.source());
            assertState(physical);
        }
    }

    /**
     * A literal in a migration means one instant whatever zone the session came with (the driver sends the JVM's):
     * the runner pins TimeZone to UTC, so two databases migrated from sessions in different zones store the same
     * predicate and rows, and a migration's own SET TimeZone ends with it.
     */
    @Test
    void aTimestampLiteralMeansTheSameInstantWhateverTheSessionsZone(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "events", """
                        CREATE TABLE events (id int PRIMARY KEY, starts_at timestamptz);
                        CREATE INDEX events_future ON events (starts_at) WHERE starts_at > '2026-01-01';
                        SET TimeZone = 'Europe/Paris';
                        INSERT INTO events VALUES (1, '2026-01-01 12:00');""")
                .up("20260101000002", "more_events", "INSERT INTO events VALUES (2, '2026-01-01 12:00');");
        try (TestDatabase other = TestDatabase.create()) {
            for (var target : java.util.Map.of(db, "Asia/Kolkata", other, "America/New_York").entrySet()) {
                try (Connection physical = target.getKey().connect()) {
                    physical.createStatement().execute("SET TimeZone = '" + target.getValue() + "'");
                    Shale.migrate(new SingleConnectionDataSource(physical), files.source());
                    assertEquals(target.getValue(), query(physical, "SHOW TimeZone"));
                }
            }
            for (TestDatabase migrated : java.util.List.of(db, other)) {
                try (Connection reader = migrated.connect()) {
                    reader.createStatement().execute("SET TimeZone = 'UTC'");
                    assertEquals("CREATE INDEX events_future ON public.events USING btree (starts_at)"
                            + " WHERE (starts_at > '2026-01-01 00:00:00+00'::timestamp with time zone)",
                            query(reader, "SELECT pg_get_indexdef('public.events_future'::regclass)"));
                    assertEquals("1 2026-01-01 11:00:00+00, 2 2026-01-01 12:00:00+00", query(reader,
                            "SELECT string_agg(id || ' ' || starts_at, ', ' ORDER BY id) FROM events"));
                }
            }
        }
    }

    /**
     * Unqualified names in a hand-written migration mean {@code public} whatever search path the database gives its
     * sessions: the runner pins {@code search_path}, and puts it back after a migration that sets its own.
     */
    @Test
    void unqualifiedNamesMeanPublicWhateverTheSessionsSearchPath(TestDatabase db) throws Exception {
        db.execute("CREATE SCHEMA app", "ALTER DATABASE " + db.name() + " SET search_path = app, public");
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);\nSET search_path = app;\nCREATE TABLE two (id int);")
                .up("20260101000002", "three", "CREATE TABLE three (id int);");
        try (Connection physical = db.connect()) {
            assertEquals("app, public", query(physical, "SHOW search_path"));
            Shale.migrate(new SingleConnectionDataSource(physical), files.source());
            assertEquals("app, public", query(physical, "SHOW search_path"));
            assertEquals("public.one public.three app.two", query(physical, "SELECT string_agg(schemaname || '.'"
                    + " || tablename, ' ' ORDER BY tablename) FROM pg_tables WHERE tablename IN ('one', 'two', 'three')"));
        }
    }

    private static void assertState(Connection physical) throws SQLException {
        assertFalse(physical.getAutoCommit());
        assertEquals("1234ms", query(physical, "SHOW lock_timeout"));
        assertEquals("98s", query(physical, "SHOW statement_timeout"));
        assertEquals("Asia/Kolkata", query(physical, "SHOW TimeZone"));
        assertEquals("ISO, DMY", query(physical, "SHOW DateStyle"));
        assertEquals("iso_8601", query(physical, "SHOW IntervalStyle"));
        assertEquals("app, public", query(physical, "SHOW search_path"));
        assertEquals("0", query(physical, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND pid = pg_backend_pid()"));
        physical.rollback();
    }
}
