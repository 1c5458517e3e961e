package dev.shale.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresExtensionTest {

    @Test
    void eachParameterIsAFreshEmptyDatabase(TestDatabase first, TestDatabase second) throws SQLException {
        assertNotEquals(first.name(), second.name());
        assertTrue(first.name().matches("shale_t_[0-9a-f]{16}"), first.name());
        first.execute(List.of("CREATE TABLE t (id integer)"));
        assertEquals(1, count(first, "SELECT count(*) FROM pg_tables WHERE tablename = 't'"));
        assertEquals(0, count(second, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    @Test
    void closingDropsAFreshDatabase() throws SQLException {
        TestDatabase database = TestDatabase.create(PostgresServer.shared());
        String name = database.name();
        database.close();
        try (Connection admin = PostgresServer.shared().connectAdmin()) {
            assertEquals(0, count(admin, "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"));
        }
    }

    @Test
    void closingGivesAPooledDatabaseBackEmptyOrDropsIt(TestDatabases databases) throws SQLException {
        TestDatabase database = databases.create();
        String name = database.name();
        database.execute(List.of("CREATE SCHEMA app", "CREATE TABLE app.t (id integer)", "CREATE TABLE t (id integer)"));
        database.close();
        try (Connection admin = PostgresServer.shared().connectAdmin()) {
            if (count(admin, "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'") > 0) {
                try (Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
                    assertEquals(0, count(connection, "SELECT count(*) FROM pg_class WHERE oid >= 16384"));
                    assertEquals(0, count(connection, "SELECT count(*) FROM pg_namespace WHERE nspname = 'app'"));
                }
            }
        }
    }

    @Test
    void executeStopsAtTheFirstFailureAndNamesIt(TestDatabase database) throws SQLException {
        StatementFailedException failure = assertThrows(StatementFailedException.class, () -> database.execute(List.of(
                "CREATE TABLE a (id integer)",
                "CREATE TABLE a (id integer)",
                "CREATE TABLE b (id integer)")));
        assertEquals(1, failure.index());
        assertEquals("CREATE TABLE a (id integer)", failure.sql());
        assertTrue(failure.getMessage().startsWith("statement 1 failed: ERROR: relation \"a\" already exists"),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith("SQL: CREATE TABLE a (id integer)"), failure.getMessage());
        assertEquals(0, count(database, "SELECT count(*) FROM pg_tables WHERE tablename = 'b'"));
    }

    @Test
    void statementsRunInAutocommit(TestDatabase database) throws SQLException {
        database.execute(List.of("CREATE TYPE mood AS ENUM ('a')", "ALTER TYPE mood ADD VALUE 'b'",
                "CREATE TABLE t (m mood DEFAULT 'b')"));
        assertEquals(1, count(database, "SELECT count(*) FROM pg_tables WHERE tablename = 't'"));
    }

    @Test
    void databasesOfAFinishedTestAreGoneOrEmpty() throws SQLException {
        try (Connection admin = PostgresServer.shared().connectAdmin()) {
            TestDatabases databases = new TestDatabases();
            TestDatabase database = databases.create();
            database.execute(List.of("CREATE TABLE t (id integer)"));
            databases.close();
            if (count(admin, "SELECT count(*) FROM pg_database WHERE datname = '" + database.name() + "'") > 0) {
                try (Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
                    assertEquals(0, count(connection, "SELECT count(*) FROM pg_class WHERE oid >= 16384"));
                }
            }
        }
    }

    private static long count(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect()) {
            return count(connection, sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
