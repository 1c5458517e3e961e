package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.migrations.runner.sql.SqlScript;
import dev.shale.migrations.runner.sql.SqlStatement;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale diff} between records, snapshots, empty and live databases. */
@ExtendWith(PostgresExtension.class)
class DiffCommandTest {

    @TempDir
    Path dir;

    private DatabaseProject project(TestDatabase db, String fixture) {
        new TestProject(dir).withFixture(fixture);
        return new DatabaseProject(dir, db);
    }

    @Test
    void afterMigratingAGeneratedMigrationTheDatabaseEqualsItsSnapshot(TestDatabase db) {
        DatabaseProject project = project(db, "pushed");
        assertEquals(ExitCode.OK, project.run("generate", "--name", "books").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        String snapshot = "snapshots/" + onlyFile(dir.resolve("snapshots"));

        DatabaseProject.Run run = project.run("diff", "--from", db.jdbcUrl(), "--to", snapshot, "--exit-code");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertEquals("-- No changes: the database and snapshot " + snapshot + " match.\n", run.out());
        assertEquals(ExitCode.OK, project.run("diff", "--from", "latest", "--to", db.jdbcUrl(), "--exit-code").exitCode());
        assertEquals(ExitCode.OK, project.run("diff", "--from", "records", "--to", "latest", "--exit-code").exitCode());
    }

    @Test
    void printsTheSqlThatTurnsOneSourceIntoTheOther(TestDatabase db) {
        DatabaseProject project = project(db, "pushed");

        DatabaseProject.Run create = project.run("diff", "--from", "empty", "--to", "records");
        DatabaseProject.Run drop = project.run("diff", "--from", "records", "--to", "empty", "--exit-code");

        assertEquals(ExitCode.OK, create.exitCode(), create.all());
        assertTrue(create.out().startsWith("-- Shale migration (up)\n-- from: an empty database\n"
                + "-- to:   the schema records\n"), create.all());
        assertTrue(create.out().contains("\nCREATE TYPE public.mood AS ENUM ('HAPPY', 'SAD');\n"), create.all());
        assertTrue(create.out().contains("\nCREATE TABLE public.authors (\n"), create.all());
        assertEquals(ExitCode.FINDINGS, drop.exitCode(), drop.all());
        assertTrue(drop.out().contains("\nDROP TABLE public.books;\n"), drop.all());
        assertTrue(drop.out().contains("-- shale:hazards backward-incompatible,data-loss,irreversible\n"), drop.all());
        assertEquals(List.of("0"), project.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                "diff changes nothing");
    }

    @Test
    void twoLiveDatabasesAreAPairAndItsOutputConvergesThem(TestDatabase older, TestDatabase newer) {
        project(older, "pushed").run("push");
        DatabaseProject later = project(newer, "pushedlater");
        later.run("push", "--force");

        DatabaseProject.Run run = later.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(), "--exit-code");

        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.all());
        assertTrue(run.out().contains("-- from: the database\n-- to:   the database\n"), run.all());
        assertTrue(run.out().contains("ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'CALM' AFTER 'HAPPY';"), run.all());
        assertTrue(run.out().contains("ALTER TABLE public.books DROP COLUMN title;"), run.all());
        for (String statement : run.out().replaceAll("(?m)^--.*\n", "").split(";\n")) {
            if (!statement.isBlank()) {
                older.execute(statement);
            }
        }
        assertEquals(ExitCode.OK,
                later.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(), "--exit-code").exitCode());
    }

    @Test
    void anExtensionOnlyTheOldDatabaseHasIsDroppedWithAHazard(TestDatabase older, TestDatabase newer) {
        DatabaseProject project = project(older, "pushed");
        older.execute("CREATE TABLE public.devices (id integer PRIMARY KEY)", "INSERT INTO public.devices VALUES (1)",
                "CREATE EXTENSION hstore");
        newer.execute("CREATE TABLE public.devices (id integer PRIMARY KEY)");

        DatabaseProject.Run run = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                "--exit-code");

        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.all());
        assertTrue(run.out().contains("\nDROP EXTENSION hstore;\n"), run.all());
        assertTrue(run.out().contains("-- shale:hazard drop-extension error hstore"), run.all());
        assertTrue(run.out().contains("data-loss"), run.all());
    }

    @Test
    void twoLiveDatabasesCompareInEverySchemaEitherHas(TestDatabase older, TestDatabase newer) {
        DatabaseProject project = project(older, "pushed");
        older.execute("CREATE TABLE public.devices (id integer PRIMARY KEY)");
        older.execute("INSERT INTO public.devices VALUES (1)");
        newer.execute("CREATE SCHEMA schema_1", "CREATE TYPE schema_1.status AS ENUM ('on', 'off')",
                "CREATE TABLE public.devices (id integer PRIMARY KEY, status schema_1.status NOT NULL DEFAULT 'off')",
                "CREATE SCHEMA crm", "CREATE TABLE crm.customers (id integer PRIMARY KEY)",
                "CREATE TABLE public.orders (id integer PRIMARY KEY, customer_id integer REFERENCES crm.customers)");

        DatabaseProject.Run run = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl());

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.out().contains("CREATE SCHEMA schema_1;"), run.all());
        assertTrue(run.out().contains("CREATE TABLE crm.customers ("), run.all());
        older.execute(SqlScript.parse(run.out()).statements().stream().map(SqlStatement::sql).toList());
        assertEquals(List.of("1 off"), older.firstColumn("SELECT id || ' ' || status FROM public.devices"));
        assertEquals(newer.dump(), older.dump());
        DatabaseProject.Run reverse = project.run("diff", "--from", newer.jdbcUrl(), "--to", older.jdbcUrl(),
                "--exit-code");
        assertEquals(ExitCode.OK, reverse.exitCode(), reverse.all());
    }

    @Test
    void aDatabaseIsReadOnlyInTheSchemasTheOtherSideUses(TestDatabase db) {
        DatabaseProject project = project(db, "pushed");
        project.run("push");
        db.execute("CREATE SCHEMA other_app", "CREATE TABLE other_app.things (id int)");

        DatabaseProject.Run againstRecords = project.run("diff", "--from", db.jdbcUrl(), "--to", "records", "--exit-code");
        DatabaseProject.Run againstEmpty = project.run("diff", "--from", db.jdbcUrl(), "--to", "empty");

        assertEquals(ExitCode.OK, againstRecords.exitCode(), againstRecords.all());
        assertTrue(againstEmpty.out().contains("DROP TABLE other_app.things;"), againstEmpty.all());
        assertTrue(againstEmpty.out().contains("DROP TABLE public.books;"), againstEmpty.all());
    }

    @Test
    void badSourcesAreUsageErrorsNamingTheOption(TestDatabase db) {
        DatabaseProject project = project(db, "pushed");

        DatabaseProject.Run nonsense = project.run("diff", "--from", "yesterday", "--to", "records");
        DatabaseProject.Run version = project.run("diff", "--from", "20200101000000", "--to", "records");
        DatabaseProject.Run file = project.run("diff", "--from", "snapshots/none.json", "--to", "records");

        assertEquals(ExitCode.USAGE, nonsense.exitCode(), nonsense.all());
        assertTrue(nonsense.err().startsWith("error: --from \"yesterday\" is not a schema source\n  fix: pass one of: records,"),
                nonsense.all());
        assertEquals(ExitCode.USAGE, version.exitCode(), version.all());
        assertTrue(version.err().contains("no snapshot of version 20200101000000"), version.all());
        assertEquals(ExitCode.USAGE, file.exitCode(), file.all());
        assertTrue(file.err().contains("snapshot file snapshots/none.json does not exist"), file.all());
        assertFalse(Files.exists(dir.resolve("snapshots/none.json")));
    }

    private static String onlyFile(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0).getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
