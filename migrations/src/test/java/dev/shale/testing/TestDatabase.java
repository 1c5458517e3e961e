package dev.shale.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A database of its own, created from {@code template0} on the shared {@link PostgresServer} (or lent, emptied, by a
 * {@link DatabasePool}) and dropped (given back) by {@link #close()}. Obtain one from {@link PostgresExtension} (a test parameter) or {@link #create()}.
 */
public final class TestDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PostgresServer server;
    private final String name;
    private final JdbcUrl url;
    private final Consumer<TestDatabase> giveBack;
    private boolean closed;

    private TestDatabase(PostgresServer server, String name, Consumer<TestDatabase> giveBack) {
        this.server = server;
        this.name = name;
        this.url = server.adminUrl().withDatabase(name);
        this.giveBack = giveBack;
    }

    /** Database {@code name}, lent by a {@link DatabasePool}: closing it runs {@code giveBack} instead of dropping it. */
    static TestDatabase lent(PostgresServer server, String name, Consumer<TestDatabase> giveBack) {
        return new TestDatabase(server, name, Objects.requireNonNull(giveBack, "giveBack"));
    }

    /**
     * An empty database {@code shale_t_<random>} on the shared server, of this caller's alone until closed: taken from
     * the JVM's {@link DatabasePool} (emptied and checked empty; {@code -Dshale.test.pool=false} creates a fresh one
     * each time); close it to give it back (or drop it).
     */
    public static TestDatabase create() {
        DatabasePool pool = DatabasePool.shared();
        return pool == null ? create(PostgresServer.shared()) : pool.lend();
    }

    /** A fresh, empty database on {@code server}. */
    public static TestDatabase create(PostgresServer server) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String name = "shale_t_" + HexFormat.of().formatHex(bytes);
        try (Connection admin = server.connectAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " on " + server + ": "
                    + e.getMessage(), e);
        }
        return new TestDatabase(server, name, null);
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** The JDBC URL of this database, credentials included. */
    public String jdbcUrl() {
        return url.toString();
    }

    /** The URL taken apart, for tools that want host, port and user separately. */
    public JdbcUrl url() {
        return url;
    }

    /** A new connection to this database, in autocommit; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url.toString());
    }

    /**
     * Runs each statement in autocommit, one by one, on one connection; stops at the first that fails with a
     * {@link StatementFailedException} naming its index and SQL.
     */
    public void execute(List<String> statements) {
        Objects.requireNonNull(statements, "statements");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new StatementFailedException(i, sql, e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    /** Runs statements, given as varargs. */
    public void execute(String... statements) {
        execute(List.of(statements));
    }

    /** The first column of every row {@code sql} returns, as text (null stays null). */
    public List<String> firstColumn(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The canonical schema-only dump of this database; see {@link SchemaDump}. */
    public String dump() {
        return SchemaDump.dump(url);
    }

    /** Drops the database, closing other sessions on it (or gives it back to its pool); safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (giveBack != null) {
            giveBack.accept(this);
        } else {
            drop(server, name);
        }
    }

    /** Drops database {@code name} on {@code server}, closing other sessions on it. */
    static void drop(PostgresServer server, String name) {
        try (Connection admin = server.connectAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name + " on " + server;
    }
}
