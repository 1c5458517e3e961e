package dev.shale.cli.scenarios;

import dev.shale.cli.InProcessShale;
import dev.shale.cli.TestProject;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A project whose schema records are one fixture package at a time (under {@code dev.shale.cli.fixtures}), with a
 * test database as {@code DATABASE_URL}; runs {@code shale} in-process on a clock that moves one minute a run.
 */
final class ScenarioProject {

    private final Path dir;
    private final TestProject folder;
    private final TestDatabase db;
    private final Map<String, String> environment;
    private Instant now = Instant.parse("2026-11-21T09:30:00Z");

    ScenarioProject(Path dir, TestDatabase db) {
        this.dir = dir;
        this.folder = new TestProject(dir);
        this.db = db;
        this.environment = Map.of("DATABASE_URL", db.jdbcUrl(), "PATH", System.getenv().getOrDefault("PATH", ""));
    }

    /** Points {@code shale.yaml} at the records of {@code dev.shale.cli.fixtures.<fixturePackage>}. */
    ScenarioProject records(String fixturePackage) {
        folder.withFixture(fixturePackage);
        return this;
    }

    /** Runs {@code shale ARGS -C dir}. */
    InProcessShale.Output run(String... args) {
        InProcessShale.Output output = InProcessShale.run(environment, now, dir, args);
        now = now.plusSeconds(60);
        return output;
    }

    /** The text of the file at {@code relative}. */
    String read(String relative) {
        return folder.read(relative);
    }

    /** Every file under the project with its content. */
    Map<String, String> files() {
        return folder.files();
    }

    /**
     * Runs {@code shale discard VERSION} on the latest migration, {@code version_name}, and fails the test unless it
     * removed it.
     */
    void discard(String versionAndName) {
        InProcessShale.Output output = run("discard", versionAndName.substring(0, 14));
        if (output.exitCode() != 0 || Files.exists(dir.resolve("migrations/" + versionAndName + ".sql"))) {
            throw new AssertionError("shale discard did not remove " + versionAndName + "\n" + output.all());
        }
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
}
