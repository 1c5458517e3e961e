package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.DatabaseException;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.ErrorClass;
import dev.shale.api.MigrateOptions;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each connection failure from a real cause gets its class, and only a refused connection is retried:
 * attempts are counted (by a listening socket's accepts, or by the message's "after N attempts").
 */
@ExtendWith(PostgresExtension.class)
class ConnectionFaultTest {

    /** Five retries a few milliseconds apart: a retried failure would show "after 6 attempts". */
    private static final RunnerSettings RETRYING = RunnerSettings.DEFAULTS.withConnectRetries(5, Duration.ofMillis(5));
    private static final String SLEEP = "SELECT pg_sleep(600);";

    @TempDir
    Path root;

    private DatabaseException status(String url) {
        return assertThrows(DatabaseException.class,
                () -> Shale.status(DatabaseUrl.parse(url), new MigrationFiles(root).source(), RETRYING));
    }

    private static void assertOnce(DatabaseException failure, ErrorClass expected) {
        assertEquals(expected, failure.errorClass(), failure.getMessage());
        assertTrue(failure.getMessage().contains(expected + ": " + expected.hint()), failure.getMessage());
        assertFalse(failure.getMessage().contains(" attempts"), "retried: " + failure.getMessage());
    }

    @Test
    void anUnknownHostIsNotRetried() {
        assertOnce(status("jdbc:postgresql://nohost.invalid:5432/db?user=u"), ErrorClass.UNKNOWN_HOST);
    }

    @Test
    void sslRequiredOfAServerWithoutSslIsNotRetried(TestDatabase db) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet ssl = statement.executeQuery("SHOW ssl")) {
            ssl.next();
            assertEquals("off", ssl.getString(1), "the test server must not offer SSL");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        DatabaseException failure = status(db.jdbcUrl() + "&sslmode=require");
        assertOnce(failure, ErrorClass.SSL_REFUSED);
        assertTrue(failure.getMessage().contains("The server does not support SSL"), failure.getMessage());
    }

    @Test
    void badUrlParametersAreNotRetried(TestDatabase db) {
        assertOnce(status(db.jdbcUrl() + "&sslmode=bogus"), ErrorClass.BAD_URL_PARAMETER);
        assertOnce(status(db.jdbcUrl() + "&connectTimeout=x"), ErrorClass.BAD_URL_PARAMETER);
        assertOnce(status(db.jdbcUrl() + "&gssEncMode=bogus"), ErrorClass.BAD_URL_PARAMETER);
        DatabaseException options = status(db.jdbcUrl() + "&options=-c%20no_such_setting=1");
        assertOnce(options, ErrorClass.BAD_URL_PARAMETER);
        assertTrue(options.getMessage().contains("no_such_setting"), options.getMessage());
    }

    @Test
    void somethingThatIsNotPostgresqlIsAProtocolErrorTriedOnce() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> answering = CompletableFuture.runAsync(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept(); OutputStream out = socket.getOutputStream()) {
                        accepted.incrementAndGet();
                        out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            DatabaseException failure = status("jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/db?user=u");
            assertOnce(failure, ErrorClass.PROTOCOL);
            server.close();
            answering.join();
        }
        assertEquals(1, accepted.get());
    }

    @Test
    void aPortThatAcceptsAndNeverAnswersEndsWithTheRunsTimeLimit() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> held = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.accept();
                } catch (IOException e) {
                    return null;
                }
            });
            RunnerSettings limited = RETRYING.withRunTimeout(Duration.ofSeconds(1));
            DatabaseException failure = assertThrows(DatabaseException.class, () -> Shale.status(DatabaseUrl.parse(
                    "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/db?user=u&sslmode=disable"),
                    new MigrationFiles(root).source(), limited));
            assertEquals(ErrorClass.RUN_TIMEOUT, failure.errorClass(), failure.getMessage());
            server.close();
            Socket socket = held.join();
            if (socket != null) {
                socket.close();
            }
        }
    }

    @Test
    void aRefusedConnectionIsStillRetried() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        DatabaseException failure = status("jdbc:postgresql://127.0.0.1:" + port + "/db?user=u");
        assertEquals(ErrorClass.CONNECTION_REFUSED, failure.errorClass(), failure.getMessage());
        assertTrue(failure.getMessage().contains(" after 6 attempts"), failure.getMessage());
    }

    @Test
    void aTerminatedBackendIsAConnectionLostAndNothingIsRecorded(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "sleep", "CREATE TABLE t (id int);\n" + SLEEP);
        CompletableFuture<DatabaseException> run = CompletableFuture.supplyAsync(() -> assertThrows(
                DatabaseException.class, () -> Shale.migrate(DatabaseUrl.parse(db.jdbcUrl()), files.source(),
                        MigrateOptions.DEFAULTS.withSettings(RETRYING))));
        try (Connection connection = db.connect()) {
            terminateWhenSleeping(connection, db.name());
        }
        DatabaseException failure = run.join();
        assertOnce(failure, ErrorClass.CONNECTION_LOST);
        assertTrue(failure.getMessage().contains("terminating connection due to administrator command"),
                failure.getMessage());
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT to_regclass('public.t') IS NULL")) {
            rows.next();
            assertTrue(rows.getBoolean(1), "the table of the rolled-back migration exists");
        }
    }

    @Test
    void aServerThatAsksForAPasswordThenStopsMidRun() throws Exception {
        Path data = Files.createTempDirectory(root, "pg-");
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").start();
        try {
            String password = "pw-" + System.nanoTime();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SET password_encryption = 'scram-sha-256'");
                statement.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
                Files.writeString(data.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 scram-sha-256\n"
                        + "host all all ::1/128 scram-sha-256\nlocal all all scram-sha-256\n");
                statement.execute("SELECT pg_reload_conf()");
            }
            String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres?user=postgres";
            assertOnce(status(url), ErrorClass.NO_PASSWORD);

            MigrationFiles files = new MigrationFiles(root).up("20260101000001", "sleep", SLEEP);
            CompletableFuture<DatabaseException> run = CompletableFuture.supplyAsync(() -> assertThrows(
                    DatabaseException.class, () -> Shale.migrate(DatabaseUrl.parse(url).withPassword(password),
                            files.source(), MigrateOptions.DEFAULTS.withSettings(RETRYING))));
            try (Connection connection = DriverManager.getConnection(url, "postgres", password)) {
                waitUntilSleeping(connection, "postgres");
            }
            server.close();
            DatabaseException failure = run.join();
            assertEquals(ErrorClass.SERVER_SHUTDOWN, failure.errorClass(), failure.getMessage());
            assertTrue(failure.getMessage().contains(ErrorClass.SERVER_SHUTDOWN.hint()), failure.getMessage());
        } finally {
            server.close();
        }
    }

    /** Waits (bounded) until the runner's backend runs the sleep, then ends that backend. */
    private static void terminateWhenSleeping(Connection connection, String database) throws Exception {
        int pid = waitUntilSleeping(connection, database);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
    }

    private static int waitUntilSleeping(Connection connection, String database) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT pid FROM pg_stat_activity WHERE datname = '" + database + "' AND query LIKE"
                            + " '%pg_sleep(600)%' AND pid <> pg_backend_pid()")) {
                if (rows.next()) {
                    return rows.getInt(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the runner never reached pg_sleep");
    }
}
