package dev.shale.junit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection to a server's maintenance database, for what the extension does there: create, rename and drop
 * databases, and hold the advisory lock that lets one JVM at a time build a template.
 */
final class AdminSession implements AutoCloseable {

    /** The first key of the template lock ("SHAL"); the second comes from the fingerprint. */
    private static final int LOCK_CLASS = 0x5348414c;

    private final Connection connection;

    AdminSession(ServerEndpoint server) throws SQLException {
        this.connection = Jdbc.connect(server.adminUrl());
        this.connection.setAutoCommit(true);
    }

    /** Waits for the template lock of {@code fingerprint}, held until {@link #unlock}. */
    void lock(String fingerprint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, lockKey(fingerprint));
            statement.execute();
        }
    }

    /** Releases the template lock of {@code fingerprint}. */
    void unlock(String fingerprint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, lockKey(fingerprint));
            statement.execute();
        }
    }

    /** Whether a database of this name exists. */
    boolean exists(String database) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The databases whose names start with {@code prefix}. */
    List<String> namesStartingWith(String prefix) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY datname")) {
            statement.setString(1, prefix);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    /** Creates an empty database. */
    void create(String database) throws SQLException {
        execute("CREATE DATABASE " + Jdbc.quote(database));
    }

    /** Creates a database as a copy of {@code template}. */
    void createFrom(String database, String template) throws SQLException {
        execute("CREATE DATABASE " + Jdbc.quote(database) + " TEMPLATE " + Jdbc.quote(template));
    }

    /** Renames a finished build to its template name and marks it a template nobody connects to. */
    void promote(String building, String template) throws SQLException {
        disconnectAll(building);
        execute("ALTER DATABASE " + Jdbc.quote(building) + " RENAME TO " + Jdbc.quote(template));
        execute("ALTER DATABASE " + Jdbc.quote(template) + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
    }

    /** Drops a database if it exists, closing the connections still open to it first. */
    void drop(String database) throws SQLException {
        execute("ALTER DATABASE " + Jdbc.quote(database) + " WITH IS_TEMPLATE false", true);
        disconnectAll(database);
        execute("DROP DATABASE IF EXISTS " + Jdbc.quote(database));
    }

    private void disconnectAll(String database) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            statement.setString(1, database);
            statement.execute();
        }
    }

    private void execute(String sql) throws SQLException {
        execute(sql, false);
    }

    /** Runs {@code sql}; with {@code ignoreMissing}, a database that does not exist (3D000) is no error. */
    private void execute(String sql, boolean ignoreMissing) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (!(ignoreMissing && "3D000".equals(e.getSQLState()))) {
                throw e;
            }
        }
    }

    private static int lockKey(String fingerprint) {
        return (int) Long.parseLong(fingerprint.substring(0, 8), 16);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
