package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale rollback}: the last batch, steps, a target, dry run and data-loss refusals. */
@ExtendWith(PostgresExtension.class)
class RollbackCommandTest {

    @TempDir
    Path dir;

    private DatabaseProject twoBatches(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .down("20260101000001", "one", "DROP TABLE one;");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        return project;
    }

    @Test
    void rollsBackTheLastBatchToTheSchemaBeforeIt(TestDatabase db) {
        DatabaseProject project = twoBatches(db);
        String afterFirst = db.dump();
        project.up("20260101000002", "two", "CREATE TABLE two (id int);\nCREATE INDEX two_i ON two (id);")
                .down("20260101000002", "two", "DROP TABLE two;")
                .up("20260101000003", "three", "ALTER TABLE one ADD COLUMN name text;")
                .down("20260101000003", "three", "ALTER TABLE one DROP COLUMN name;");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());

        DatabaseProject.Run run = project.run("rollback");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(MigrateCommandTest.withoutProgress(run.out()).matches("(?s)Rolled back .*, batch 2:\n  20260101000003  three\\s+\\d+ ms\n"
                + "  20260101000002  two\\s+\\d+ ms\nRolled back 2 migrations of batch 2 in \\d+ ms.*"), run.all());
        assertEquals(afterFirst, db.dump());
        assertEquals(List.of("20260101000001|one|1"), project.history());

        DatabaseProject.Run nothing = project.run("rollback", "--to", "20260101000001");
        assertEquals(ExitCode.OK, nothing.exitCode(), nothing.all());
        assertTrue(nothing.out().startsWith("Nothing to roll back on "), nothing.all());
    }

    @Test
    void dryRunPrintsThePlanAndStepsAndToChooseMigrations(TestDatabase db) {
        DatabaseProject project = twoBatches(db);
        project.up("20260101000002", "two", "CREATE TABLE two (id int);")
                .down("20260101000002", "two", "DROP TABLE two;");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        String before = db.dump();

        DatabaseProject.Run dry = project.run("rollback", "--steps", "2", "--dry-run");
        assertEquals(ExitCode.OK, dry.exitCode(), dry.all());
        assertTrue(dry.out().startsWith("-- shale rollback: 2 migrations in 1 step"), dry.all());
        assertTrue(dry.out().indexOf("DROP TABLE two;") < dry.out().indexOf("DROP TABLE one;"), dry.all());
        assertEquals(before, db.dump());
        assertEquals(2, project.history().size());

        DatabaseProject.Run both = project.run("rollback", "--steps", "1", "--to", "20260101000001");
        assertEquals(ExitCode.USAGE, both.exitCode(), both.all());
        assertTrue(both.err().startsWith("error: --steps and --to cannot be combined"), both.all());

        DatabaseProject.Run to = project.run("rollback", "--to", "20260101000001");
        assertEquals(ExitCode.OK, to.exitCode(), to.all());
        assertEquals(List.of("20260101000001|one|1"), project.history());
    }

    @Test
    void downThatLosesDataNeedsForce(TestDatabase db) {
        DatabaseProject project = twoBatches(db);
        project.up("20260101000002", "two", "CREATE TABLE two (id int);")
                .down("20260101000002", "two", "-- shale:hazards data-loss\nDROP TABLE two;");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        String before = db.dump();

        DatabaseProject.Run refused = project.run("rollback");
        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().startsWith("error: migrations/20260101000002_two.down.sql declares data-loss hazards"
                + " in its header (shale:hazards data-loss) without shale:loses lines"), refused.all());
        assertTrue(refused.err().contains("  fix: read its SQL and hazard notes; if the loss is intended, take a backup"
                + " and roll back with --force (force)"),
                refused.all());
        assertEquals(before, db.dump());

        DatabaseProject.Run forced = project.run("rollback", "--force", "--format", "json");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.all());
        assertEquals("20260101000002",
                MigrateCommandTest.parse(forced.out()).get("rolledBack").get(0).get("version").asText());
        assertEquals(1, project.history().size());
    }
}
