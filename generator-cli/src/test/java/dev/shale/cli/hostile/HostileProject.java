package dev.shale.cli.hostile;

import dev.shale.cli.InProcessShale;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A project folder and a fresh database for one hostile-input case: the case's set-up writes files, links,
 * environment and rows through it, then {@link HostileInputTest} runs one command and checks that nothing
 * changed.
 */
public final class HostileProject {

    /** What one run printed and returned. */
    public record Run(int exitCode, String out, String err) {
        public String all() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private final Path dir;
    private final TestDatabase db;
    private final Map<String, String> environment = new HashMap<>();
    private Instant now = Instant.parse("2026-11-21T09:30:00Z");

    HostileProject(Path dir, TestDatabase db) {
        this.dir = dir;
        this.db = db;
        environment.put("DATABASE_URL", db.jdbcUrl());
        environment.put("PATH", System.getenv().getOrDefault("PATH", ""));
        mkdirs("migrations");
        mkdirs("snapshots");
    }

    public Path dir() {
        return dir;
    }

    public TestDatabase db() {
        return db;
    }

    /** The environment commands get (DATABASE_URL and PATH to start with); change it freely. */
    public Map<String, String> environment() {
        return environment;
    }

    /** Writes shale.yaml reading the records of {@code dev.shale.cli.fixtures.<fixturePackage>}. */
    public HostileProject fixture(String fixturePackage) {
        return write("shale.yaml", """
                schema:
                  packages:
                    - dev.shale.cli.fixtures.%s
                  classpath:
                    - %s
                """.formatted(fixturePackage, testClasses().toString().replace("\\", "/")));
    }

    /** Writes a file under the project (folders made as needed). */
    public HostileProject write(String relative, String text) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a file's exact bytes. */
    public HostileProject writeBytes(String relative, byte[] bytes) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes {@code migrations/<version>_<name>.sql} (and an empty down file) and re-hashes shale.sum. */
    public HostileProject migration(String version, String name, String sql) {
        write("migrations/" + version + "_" + name + ".sql", sql);
        write("migrations/" + version + "_" + name + ".down.sql", "");
        return hash();
    }

    /** Recomputes shale.sum over the migrations folder as it is. */
    public HostileProject hash() {
        new MigrationDirectory(dir, dir.resolve("migrations"), dir.resolve("snapshots")).writeSum();
        return this;
    }

    /** Creates a folder under the project. */
    public HostileProject mkdirs(String relative) {
        try {
            Files.createDirectories(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Deletes a file or an empty folder under the project, if present. */
    public HostileProject delete(String relative) {
        try {
            Files.deleteIfExists(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Makes {@code relative} a symbolic link to {@code target} (which need not exist). */
    public HostileProject link(String relative, String target) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            Files.createSymbolicLink(path, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Sets an environment variable for the command. */
    public HostileProject env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs statements on the case's database (before the command). */
    public HostileProject sql(String... statements) {
        db.execute(statements);
        return this;
    }

    /** Runs {@code shale ARGS -C dir} in-process at the project's clock, which then moves one minute on. */
    public Run run(String... args) {
        InProcessShale.Output output = InProcessShale.run(environment, now, dir, args);
        now = now.plusSeconds(60);
        return new Run(output.exitCode(), output.out(), output.err());
    }

    /** Every file and link under the project with its content (or link target), for "nothing changed". */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                String key = dir.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    files.put(key, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(key + "/", "");
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(key, HexBytes.sha256(Files.readAllBytes(path)));
                } else {
                    files.put(key, "(special file)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The database's user objects and history rows, for "nothing changed". */
    List<String> databaseState() {
        List<String> state = new ArrayList<>(query("""
                SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
                UNION ALL
                SELECT 'schema ' || nspname FROM pg_namespace
                WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'public') AND nspname NOT LIKE 'pg_toast%'
                      AND nspname NOT LIKE 'pg_temp%'
                UNION ALL
                SELECT 'type ' || n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE t.typtype = 'e'
                ORDER BY 1"""));
        for (String table : query("SELECT c.oid::regclass::text FROM pg_class c WHERE c.relname = 'shale_migrations'")) {
            state.addAll(query("SELECT version || '|' || name || '|' || checksum FROM " + table + " ORDER BY version"));
        }
        return state;
    }

    /** The first column of every row of {@code sql}, as text. */
    public List<String> query(String sql) {
        return db.firstColumn(sql);
    }

    private static Path testClasses() {
        try {
            return Path.of(HostileProject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of bytes as hex, so large files compare cheaply. */
    private static final class HexBytes {
        static String sha256(byte[] bytes) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
