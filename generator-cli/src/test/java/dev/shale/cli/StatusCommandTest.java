package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.MigrationSource;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale status}: the table, the JSON of the programmatic API, exit codes. */
@ExtendWith(PostgresExtension.class)
class StatusCommandTest {

    @TempDir
    Path dir;

    @Test
    void tableShowsEveryStateBatchAndTotals(TestDatabase db) throws Exception {
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000003", "three", "CREATE TABLE three (id int);")
                .up("20260101000004", "gone", "CREATE TABLE gone (id int);");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        Files.delete(dir.resolve("migrations/20260101000004_gone.sql"));
        project.up("20260101000002", "two", "CREATE TABLE two (id int);")
                .up("20260101000005", "five", "CREATE TABLE five (id int);");

        DatabaseProject.Run run = project.run("status");

        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.all());
        String[] lines = run.out().split("\n");
        assertEquals("Database " + DatabaseUrl.parse(db.jdbcUrl()).redacted() + ", history \"public\".\"shale_migrations\"",
                lines[0]);
        assertEquals("VERSION         NAME   STATE         BATCH  APPLIED AT", lines[1]);
        assertTrue(lines[2].matches("20260101000001  one    applied       1      \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                lines[2]);
        assertEquals("20260101000002  two    out-of-order  -      -", lines[3]);
        assertTrue(lines[4].startsWith("20260101000003  three  applied       1      "), lines[4]);
        assertTrue(lines[5].startsWith("20260101000004  gone   missing       1      "), lines[5]);
        assertEquals("20260101000005  five   pending       -      -", lines[6]);
        assertEquals("5 migrations: 2 applied, 1 pending, 0 modified, 1 missing, 1 out-of-order.", lines[7]);
        assertTrue(run.out().contains("--allow-out-of-order"), run.all());
    }

    @Test
    void jsonIsExactlyTheStatusReport(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "one", "CREATE TABLE one (id int);");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        project.up("20260101000002", "two", "CREATE TABLE two (id int);");

        DatabaseProject.Run run = project.run("status", "--format", "json");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        String expected = Shale.status(DatabaseUrl.parse(db.jdbcUrl()), MigrationSource.folder(dir.resolve("migrations")),
                RunnerSettings.DEFAULTS).toJson();
        assertEquals(JsonText.versioned(expected, "status") + System.lineSeparator(), run.out());
        assertEquals("PENDING", MigrateCommandTest.parse(run.out()).get("migrations").get(1).get("state").asText());
        assertEquals("", run.err());
    }

    @Test
    void emptyDatabaseHasEverythingPendingAndNoHistoryTableIsCreated(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "one", "CREATE TABLE one (id int);");

        DatabaseProject.Run run = project.run("status", "--history-schema", "ops");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.out().contains("history \"ops\".\"shale_migrations\""), run.all());
        assertTrue(run.out().contains("20260101000001  one   pending  -      -"), run.all());
        assertEquals(java.util.List.of("t"), project.query("SELECT to_regnamespace('ops') IS NULL"));
    }
}
