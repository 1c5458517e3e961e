package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.ErrorClass;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationSource;
import dev.shale.api.Shale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale migrate} on real databases: output, exit codes, dry run, backup, failures. */
@ExtendWith(PostgresExtension.class)
class MigrateCommandTest {

    @TempDir
    Path dir;

    private DatabaseProject five(TestDatabase db, String third) {
        return new DatabaseProject(dir, db)
                .up("20260101000001", "one", "CREATE TABLE one (id int PRIMARY KEY);")
                .up("20260101000002", "two", "CREATE TABLE two (id int REFERENCES one);\nINSERT INTO one VALUES (1);")
                .up("20260101000003", "three", third)
                .up("20260101000004", "four", "CREATE TABLE four (id int);")
                .up("20260101000005", "five", "CREATE INDEX five_i ON four (id);");
    }

    @Test
    void appliesPrintsWhatRanAndThenHasNothingToDo(TestDatabase db) {
        DatabaseProject project = five(db, "CREATE TABLE three (id int);");

        DatabaseProject.Run run = project.run("migrate");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(withoutProgress(run.out()).startsWith("Migrated " + DatabaseUrl.parse(db.jdbcUrl()).redacted() + ", batch 1:\n"),
                run.all());
        assertTrue(run.out().matches("(?s).*\n  20260101000003  three\\s+\\d+ ms\n.*"), run.all());
        assertTrue(run.out().contains("Applied 5 migrations as batch 1 in "), run.all());
        assertEquals("", run.err());
        assertEquals(List.of("20260101000001|one|1", "20260101000002|two|1", "20260101000003|three|1",
                "20260101000004|four|1", "20260101000005|five|1"), project.history());

        DatabaseProject.Run again = project.run("migrate");
        assertEquals(ExitCode.OK, again.exitCode(), again.all());
        assertTrue(again.out().startsWith("Nothing to migrate: every migration is applied on "), again.all());

        project.up("20260101000006", "six", "CREATE TABLE six (id int);");
        DatabaseProject.Run json = project.run("migrate", "--format", "json");
        assertEquals(ExitCode.OK, json.exitCode(), json.all());
        JsonNode result = parse(json.out());
        assertEquals(2, result.get("batch").asInt());
        assertEquals("20260101000006", result.get("applied").get(0).get("version").asText());
        assertEquals("migrations/20260101000006_six.sql", result.get("applied").get(0).get("file").asText());
        assertEquals("20260101000006|six|2", project.history().get(5));
    }

    @Test
    void failureInTheThirdOfFiveExitsThreeNamesTheStatementAndChangesNothing(TestDatabase db) {
        DatabaseProject project = five(db, "CREATE TABLE three (id int);\nCREATE TABLE one (id int);");
        String before = db.dump();

        DatabaseProject.Run run = project.run("migrate");

        assertEquals(ExitCode.DATABASE, run.exitCode(), run.all());
        // the batch's first two ran (their progress lines say so) and were rolled back with it (the error says so)
        assertEquals("applied 20260101000001_one\napplied 20260101000002_two\n",
                run.out().replaceAll(" \\(\\d+\\.\\d{2} s\\)", ""), run.all());
        assertTrue(run.err().contains("The open transaction was rolled back. No migration of this run was recorded."),
                run.all());
        assertTrue(run.err().startsWith("error: migrations/20260101000003_three.sql failed at statement 2 (line 2):"
                + " CREATE TABLE one (id int)\n  PostgreSQL: relation \"one\" already exists (SQLSTATE 42P07)\n"),
                run.all());
        assertTrue(run.err().contains("OBJECT_EXISTS: " + ErrorClass.OBJECT_EXISTS.hint()), run.all());
        assertTrue(run.err().contains("No migration of this run was recorded."), run.all());
        assertEquals(before, db.dump());
        assertEquals(List.of(), project.history());
    }

    @Test
    void failureShowsPostgresHintAndPosition(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "call", "-- a comment\nCREATE TABLE t (id int);\nSELECT\n  no_such_function(1);");

        DatabaseProject.Run run = project.run("migrate");

        assertEquals(ExitCode.DATABASE, run.exitCode(), run.all());
        assertTrue(run.err().contains("migrations/20260101000001_call.sql failed at statement 2 (line 3): SELECT"),
                run.all());
        assertTrue(run.err().contains("PostgreSQL: function no_such_function(integer) does not exist (SQLSTATE 42883)"),
                run.all());
        assertTrue(run.err().contains("\n  Hint: No function matches the given name and argument types."), run.all());
        assertTrue(run.err().contains("\n  Position: line 4 of migrations/20260101000001_call.sql"), run.all());
        assertTrue(run.err().contains("UNDEFINED_OBJECT: "), run.all());
    }

    @Test
    void editedAppliedMigrationIsRefusedBeforeAnythingRuns(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        project.up("20260101000001", "one", "CREATE TABLE one (id bigint);")
                .up("20260101000002", "two", "CREATE TABLE two (id int);");
        String before = db.dump();

        DatabaseProject.Run run = project.run("migrate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: "), run.all());
        assertTrue(run.err().contains("migrations/20260101000001_one.sql"), run.all());
        assertTrue(run.err().contains("\n  fix: "), run.all());
        assertEquals(before, db.dump());
        assertEquals(List.of("20260101000001|one|1"), project.history());

        DatabaseProject.Run status = project.run("status");
        assertEquals(ExitCode.FINDINGS, status.exitCode(), status.all());
        assertTrue(status.out().matches("(?s).*\n20260101000001  one   modified  1      \\d{4}-.*"), status.all());
    }

    @Test
    void handEditWithoutHashIsRefused(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);")
                .write("20260101000001_one.sql", "CREATE TABLE one (id bigint);", false);

        DatabaseProject.Run run = project.run("migrate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
        assertTrue(run.err().contains("shale.sum"), run.all());
        assertEquals(List.of(), project.history());
    }

    @Test
    void dryRunPrintsExactlyThePlanAndChangesNothing(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "index", "-- shale:transactional false\nCREATE INDEX CONCURRENTLY one_i ON one (id);")
                .up("20260101000003", "three", "CREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood ADD VALUE 'sad';\n"
                        + "CREATE TABLE three (m mood DEFAULT 'sad');");
        String before = db.dump();
        String expected = Shale.migrate(DatabaseUrl.parse(db.jdbcUrl()), MigrationSource.folder(dir.resolve("migrations")),
                MigrateOptions.DEFAULTS.withDryRun(true)).plan().sql();

        DatabaseProject.Run run = project.run("migrate", "--dry-run");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertEquals(expected, run.out());
        assertTrue(expected.contains("outside a transaction"), expected);
        assertTrue(expected.contains("COMMIT;\nBEGIN;"), expected);
        assertEquals("", run.err());
        assertEquals(before, db.dump());
        assertEquals(List.of("t"), project.query("SELECT to_regclass('public.shale_migrations') IS NULL"));

        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        assertEquals(3, project.history().size());
    }

    @Test
    void backupWritesAnOwnerOnlyDumpFirst(TestDatabase db) throws Exception {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);");

        DatabaseProject.Run run = project.run("migrate", "--backup");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        List<Path> dumps = backups();
        assertEquals(1, dumps.size(), dumps.toString());
        Path dump = dumps.get(0);
        assertTrue(dump.getFileName().toString().matches("20261121093000000-[0-9a-f]{6}\\.dump"), dump.toString());
        assertTrue(run.out().startsWith("Backup written to backups/" + dump.getFileName()), run.all());
        assertTrue(Files.size(dump) > 0);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dump)));
        assertEquals(1, project.history().size());

        // nothing pending: no pg_dump, no file
        DatabaseProject.Run again = project.run("migrate", "--backup");
        assertEquals(ExitCode.OK, again.exitCode(), again.all());
        assertTrue(again.out().startsWith("Nothing to migrate"), again.all());
        assertEquals(dumps, backups());
    }

    @Test
    void backupIntoAFileNamedBackupsIsRefusedAndMigratesNothing(TestDatabase db) throws Exception {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);");
        Files.writeString(dir.resolve("backups"), "not a folder");

        DatabaseProject.Run run = project.run("migrate", "--backup");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: backups is a file, not a folder"), run.all());
        assertTrue(run.err().contains("  fix: move the file backups away"), run.all());
        assertEquals(List.of(), project.history());
        assertEquals("not a folder", Files.readString(dir.resolve("backups")));
    }

    private List<Path> backups() throws java.io.IOException {
        try (var files = Files.list(dir.resolve("backups"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void backupWithoutPgDumpFailsAndMigratesNothing(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);");
        project.environment().put("PATH", dir.resolve("no-such-folder").toString());

        DatabaseProject.Run run = project.run("migrate", "--backup");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: pg_dump is not installed"), run.all());
        assertTrue(run.err().contains("nothing was migrated"), run.all());
        assertTrue(run.err().contains("  fix: install the PostgreSQL client tools"), run.all());
        assertEquals(List.of(), project.history());
        assertFalse(Files.exists(dir.resolve("backups")));
    }

    @Test
    void lockTimeoutFailsWithItsClassAndChangesNothing(TestDatabase db) throws Exception {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        project.up("20260101000002", "alter", "ALTER TABLE one ADD COLUMN b int;");
        String before = db.dump();
        try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("LOCK TABLE one IN ACCESS EXCLUSIVE MODE");

            DatabaseProject.Run run = project.run("migrate", "--lock-timeout", "200ms");

            assertEquals(ExitCode.DATABASE, run.exitCode(), run.all());
            assertTrue(run.err().contains("LOCK_TIMEOUT: " + ErrorClass.LOCK_TIMEOUT.hint()), run.all());
            assertTrue(run.err().contains("statement 1 (line 1): ALTER TABLE one ADD COLUMN b int"), run.all());
            blocker.rollback();
        }
        assertEquals(before, db.dump());
        assertEquals(1, project.history().size());
    }

    @Test
    void urlFlagOverridesTheConfiguredUrlAndShaleYamlIsRead(TestDatabase db) throws Exception {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);");
        project.environment().remove("DATABASE_URL");
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:postgresql://127.0.0.1:1/nowhere?user=x\n");

        DatabaseProject.Run refused = project.run("status", "--connect-retries", "0");
        assertEquals(ExitCode.DATABASE, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("could not connect to jdbc:postgresql://127.0.0.1:1/nowhere?user=x"),
                refused.all());
        assertTrue(refused.err().contains("CONNECTION_REFUSED: "), refused.all());

        DatabaseProject.Run run = project.run("migrate", "--url", db.jdbcUrl());
        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertEquals(1, project.history().size());
    }

    @Test
    void missingUrlIsAUsageErrorNamingTheFix(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);");
        project.environment().remove("DATABASE_URL");

        for (String command : List.of("migrate", "status", "rollback")) {
            DatabaseProject.Run run = project.run(command);
            assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
            assertEquals("error: no database is configured; nothing was run\n  fix: set DATABASE_URL (or"
                    + " SHALE_DATABASE_URL), set database.url in shale.yaml, or pass --url"
                    + " jdbc:postgresql://HOST:5432/DATABASE?user=NAME\n", run.err());
        }
    }

    @Test
    void invalidOptionsAreUsageErrors(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);");

        DatabaseProject.Run duration = project.run("migrate", "--lock-timeout", "10 seconds");
        assertEquals(ExitCode.USAGE, duration.exitCode(), duration.all());
        assertTrue(duration.err().startsWith("Invalid value for option '--lock-timeout': '10 seconds' is not a duration;"
                + " write a whole number with a unit: 250ms, 10s, 5m, 1h or 1h30m (0 for none)"), duration.all());

        DatabaseProject.Run mode = project.run("migrate", "--transaction", "sometimes");
        assertEquals(ExitCode.USAGE, mode.exitCode(), mode.all());

        DatabaseProject.Run target = project.run("migrate", "--to", "20990101000000");
        assertEquals(ExitCode.USAGE, target.exitCode(), target.all());
        assertTrue(target.err().contains("target version 20990101000000"), target.all());

        DatabaseProject.Run url = project.run("migrate", "--url", "mysql://localhost/db");
        assertEquals(ExitCode.USAGE, url.exitCode(), url.all());
        assertTrue(url.err().startsWith("error: the database URL (not shown: it may hold a password) cannot be read: it starts with mysql://"), url.all());
        assertEquals(List.of(), project.history());
    }

    @Test
    void eachModeAndToApplyPartOfTheMigrations(TestDatabase db) {
        DatabaseProject project = five(db, "CREATE TABLE three (id int);\nCREATE TABLE one (id int);");

        DatabaseProject.Run upTo = project.run("migrate", "--to", "20260101000002");
        assertEquals(ExitCode.OK, upTo.exitCode(), upTo.all());
        assertEquals(List.of("20260101000001|one|1", "20260101000002|two|1"), project.history());

        DatabaseProject.Run each = project.run("migrate", "--transaction", "each");
        assertEquals(ExitCode.DATABASE, each.exitCode(), each.all());
        assertEquals(2, project.history().size());
    }

    /** Standard output without the progress lines ({@code applied V_NAME (1.24 s)}) that ConsoleOutputTest pins. */
    static String withoutProgress(String out) {
        return out.replaceAll("(?m)^(applied|rolled back) \\d{14}_\\w+ \\(\\d+\\.\\d{2} s\\)\\R", "");
    }

    static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
