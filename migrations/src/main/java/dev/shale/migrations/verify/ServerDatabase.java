package dev.shale.migrations.verify;

import dev.shale.api.DatabaseException;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.RunnerSettings;
import dev.shale.migrations.runner.RunClock;
import dev.shale.migrations.runner.connect.UrlConnections;
import dev.shale.migrations.runner.errors.ErrorClassifier;
import dev.shale.migrations.runner.errors.Redactor;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Two databases created from {@code template0} on a development server, {@code shale_verify_<16 hex digits>}
 * and, for the reference, the same name ending in {@code _ref}; created through the database the dev URL names
 * (which is only connected to, never changed), and dropped by {@link #close()}, with {@code WITH (FORCE)} where
 * the server has it (PostgreSQL 13 and later).
 */
final class ServerDatabase implements ThrowawayDatabase {

    /** The prefix of every database this class creates. */
    static final String PREFIX = "shale_verify_";

    private static final String REFERENCE = "_ref";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseUrl server;
    private final RunnerSettings settings;
    private final String name;
    private final String version;
    private final Thread dropOnExit;
    private boolean closed;

    private ServerDatabase(DatabaseUrl server, RunnerSettings settings, String name, String version) {
        this.server = server;
        this.settings = settings;
        this.name = name;
        this.version = version;
        this.dropOnExit = new Thread(this::dropQuietly, "shale-verify-drop");
    }

    /** Creates the database on the server of {@code devUrl}. */
    static ServerDatabase create(DatabaseUrl devUrl, RunnerSettings settings) {
        DatabaseUrl server = devUrl.withPasswordFrom(System.getenv());
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String name = PREFIX + HexFormat.of().formatHex(bytes);
        UrlConnections connections = new UrlConnections(server, settings.connectRetries(), settings.connectRetryDelay());
        try (RunClock clock = RunClock.start(settings.runTimeout());
                Connection connection = connections.open(clock);
                Statement statement = connection.createStatement()) {
            String version;
            try (ResultSet rows = statement.executeQuery("SHOW server_version")) {
                rows.next();
                version = rows.getString(1);
            }
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0");
            try {
                statement.execute("CREATE DATABASE " + name + REFERENCE + " TEMPLATE template0");
            } catch (SQLException e) {
                try {
                    statement.execute("DROP DATABASE " + name);
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            ServerDatabase database = new ServerDatabase(server, settings, name, version);
            // an interrupted run (Ctrl-C) still drops them
            Runtime.getRuntime().addShutdownHook(database.dropOnExit);
            return database;
        } catch (SQLException e) {
            throw failure("could not create the throwaway database " + name + " on " + server.redacted(), e,
                    connections.redactor());
        } catch (DatabaseException e) {
            throw new DatabaseException("could not create the throwaway database " + name + ": " + e.getMessage(),
                    e.errorClass(), e.error(), e);
        }
    }

    @Override
    public DatabaseUrl url() {
        return server.withDatabase(name);
    }

    @Override
    public DatabaseUrl referenceUrl() {
        return server.withDatabase(name + REFERENCE);
    }

    @Override
    public String description() {
        return "database " + name + " on " + server.redacted() + " (PostgreSQL " + version + ")";
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook drops them, or already did
        }
        drop();
    }

    private void dropQuietly() {
        try {
            drop();
        } catch (RuntimeException e) {
            // the JVM is exiting: nothing is left to tell
        }
    }

    private synchronized void drop() {
        if (closed) {
            return;
        }
        closed = true;
        UrlConnections connections = new UrlConnections(server, settings.connectRetries(), settings.connectRetryDelay());
        try (RunClock clock = RunClock.start(Duration.ofMinutes(1));
                Connection connection = connections.open(clock);
                Statement statement = connection.createStatement()) {
            String force = connection.getMetaData().getDatabaseMajorVersion() >= 13 ? " WITH (FORCE)" : "";
            statement.execute("DROP DATABASE IF EXISTS " + name + force);
            statement.execute("DROP DATABASE IF EXISTS " + name + REFERENCE + force);
        } catch (SQLException e) {
            throw failure("could not drop the throwaway databases " + name + " and " + name + REFERENCE + " on "
                    + server.redacted() + "; drop them by hand", e, connections.redactor());
        } catch (DatabaseException e) {
            throw new DatabaseException(e.getMessage() + " The throwaway databases " + name + " and " + name
                    + REFERENCE + " are left on the server; drop them by hand.", e.errorClass(), e.error(), e);
        }
    }

    private static DatabaseException failure(String context, SQLException e, Redactor redactor) {
        return ErrorClassifier.failure(context, e, redactor, false);
    }
}
