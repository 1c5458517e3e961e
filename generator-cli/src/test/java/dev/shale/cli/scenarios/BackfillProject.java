package dev.shale.cli.scenarios;

import dev.shale.cli.InProcessShale;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A project folder whose records are a fixture package, and a test database given to {@code shale} through
 * {@code DATABASE_URL}; runs the command line in-process on a clock that moves one minute a run.
 */
final class BackfillProject {

    private final Path dir;
    private final TestDatabase db;
    private Instant now = Instant.parse("2026-11-21T09:30:00Z");

    BackfillProject(Path dir, TestDatabase db) {
        this.dir = dir;
        this.db = db;
    }

    /** Points shale.yaml at the records of {@code dev.shale.cli.fixtures.<fixturePackage>}. */
    BackfillProject records(String fixturePackage) {
        write("shale.yaml", """
                schema:
                  packages:
                    - dev.shale.cli.fixtures.%s
                  classpath:
                    - %s
                """.formatted(fixturePackage, testClasses().toString().replace("\\", "/")));
        return this;
    }

    /** Runs {@code shale ARGS -C dir}. */
    InProcessShale.Output run(String... args) {
        InProcessShale.Output output = InProcessShale.run(Map.of("DATABASE_URL", db.jdbcUrl()), now, dir, args);
        now = now.plusSeconds(60);
        return output;
    }

    /** The text of the file at {@code relative}. */
    String read(String relative) {
        try {
            return Files.readString(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the latest generated migration (up, down and snapshot) and re-hashes, as {@code shale discard} will;
     * the one this project's tests generate last is {@code version_name}.
     */
    void discard(String versionAndName) {
        try {
            Files.delete(dir.resolve("migrations/" + versionAndName + ".sql"));
            Files.delete(dir.resolve("migrations/" + versionAndName + ".down.sql"));
            Files.delete(dir.resolve("snapshots/" + versionAndName + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new MigrationDirectory(dir, dir.resolve("migrations"), dir.resolve("snapshots")).writeSum();
    }

    /** Every file under the project with its content. */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The first column of every row of {@code sql}, as text. */
    List<String> query(String sql) {
        return db.firstColumn(sql);
    }

    /** The single value {@code sql} returns, as text. */
    String value(String sql) {
        List<String> rows = query(sql);
        if (rows.size() != 1) {
            throw new AssertionError(sql + " returned " + rows);
        }
        return rows.get(0);
    }

    /** {@code version|name} of every history row, in version order. */
    List<String> history() {
        return query("SELECT version || '|' || name FROM public.shale_migrations ORDER BY version");
    }

    private void write(String relative, String text) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(BackfillProject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
