package dev.shale.cli;

import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project folder with a {@code migrations/} folder kept valid against {@code shale.sum}, and a test
 * database given to commands through {@code DATABASE_URL}; runs {@code shale} in-process.
 */
public final class DatabaseProject {

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

    public DatabaseProject(Path dir, TestDatabase db) {
        this.dir = dir;
        this.db = db;
        environment.put("DATABASE_URL", db.jdbcUrl());
        environment.put("PATH", System.getenv().getOrDefault("PATH", ""));
        try {
            Files.createDirectories(dir.resolve("migrations"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Writes {@code migrations/<version>_<name>.sql} and re-hashes. */
    public DatabaseProject up(String version, String name, String sql) {
        return write(version + "_" + name + ".sql", sql, true);
    }

    /** Writes {@code migrations/<version>_<name>.down.sql} and re-hashes. */
    public DatabaseProject down(String version, String name, String sql) {
        return write(version + "_" + name + ".down.sql", sql, true);
    }

    /** Writes a migrations file, re-hashing unless it is a hand edit. */
    public DatabaseProject write(String fileName, String sql, boolean hash) {
        try {
            Files.writeString(dir.resolve("migrations").resolve(fileName), sql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (hash) {
            new MigrationDirectory(dir, dir.resolve("migrations"), dir.resolve("snapshots")).writeSum();
        }
        return this;
    }

    /** Runs {@code shale ARGS -C dir}. */
    public Run run(String... args) {
        InProcessShale.Output output = InProcessShale.run(environment, now, dir, args);
        now = now.plusSeconds(60);
        return new Run(output.exitCode(), output.out(), output.err());
    }

    /** {@code version|name|batch} of every history row, in version order; empty without a history table. */
    public List<String> history() {
        if (query("SELECT to_regclass('public.shale_migrations') IS NULL").get(0).equals("t")) {
            return List.of();
        }
        return query("SELECT version || '|' || name || '|' || batch FROM public.shale_migrations ORDER BY version");
    }

    /** The first column of every row of {@code sql}, as text. */
    public List<String> query(String sql) {
        return db.firstColumn(sql);
    }
}
