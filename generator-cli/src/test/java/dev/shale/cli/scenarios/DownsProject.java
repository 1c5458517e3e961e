package dev.shale.cli.scenarios;

import dev.shale.cli.InProcessShale;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A project whose schema records are one fixture package at a time (under {@code dev.shale.cli.fixtures}), with a
 * test database as {@code DATABASE_URL}; runs {@code shale} in-process at a clock that moves one minute per run.
 */
final class DownsProject {

    private final Path dir;
    private final TestDatabase db;
    private Instant now = Instant.parse("2026-11-21T09:30:00Z");

    DownsProject(Path dir, TestDatabase db) {
        this.dir = dir;
        this.db = db;
    }

    /** Points {@code shale.yaml} at the records of {@code dev.shale.cli.fixtures.<fixturePackage>}. */
    DownsProject records(String fixturePackage) {
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
        InProcessShale.Output output = InProcessShale.run(Map.of("DATABASE_URL", db.jdbcUrl(),
                "PATH", System.getenv().getOrDefault("PATH", "")), now, dir, args);
        now = now.plusSeconds(60);
        return output;
    }

    /** The first column of every row of {@code sql}, as text. */
    List<String> query(String sql) {
        return db.firstColumn(sql);
    }

    /** {@code version|name|batch} of every history row, in version order. */
    List<String> history() {
        return query("SELECT version || '|' || name || '|' || batch FROM public.shale_migrations ORDER BY version");
    }

    String read(String relative) {
        try {
            return Files.readString(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String relative, String text) {
        try {
            Files.writeString(dir.resolve(relative), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(DownsProject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
