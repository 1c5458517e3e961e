package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale discard}: the latest migration's up, down and snapshot go and {@code shale.sum} is rewritten, all
 * or nothing, only when no database given has applied it; every refusal leaves every file as it was.
 */
@ExtendWith(PostgresExtension.class)
class DiscardCommandTest {

    private static final String FIRST = "20261121093000_create_notes";
    private static final String SECOND = "20261121093100_index_body";

    @TempDir
    Path dir;

    /** notes created, then an index on it generated on top: two migrations, the second to discard. */
    private TestProject twoMigrations() {
        TestProject project = new TestProject(dir).withFixture("markapplied");
        assertEquals(ExitCode.OK, project.run("generate", "--name", "create_notes").exitCode());
        project.withFixture("markappliedlater");
        assertEquals(ExitCode.OK, project.run("generate", "--name", "index_body").exitCode());
        assertTrue(project.files().containsKey("migrations/" + SECOND + ".sql"));
        return project;
    }

    @Test
    void removesTheLatestMigrationItsDownAndSnapshotAndRewritesTheSum() {
        TestProject project = twoMigrations();
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("discard");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Map<String, String> after = project.files();
        for (String gone : List.of("migrations/" + SECOND + ".sql", "migrations/" + SECOND + ".down.sql",
                "snapshots/" + SECOND + ".json")) {
            assertTrue(before.containsKey(gone));
            assertFalse(after.containsKey(gone), gone);
        }
        assertEquals(before.get("migrations/" + FIRST + ".sql"), after.get("migrations/" + FIRST + ".sql"));
        assertEquals(before.get("snapshots/" + FIRST + ".json"), after.get("snapshots/" + FIRST + ".json"));
        assertFalse(after.get("migrations/shale.sum").contains(SECOND), after.get("migrations/shale.sum"));
        assertTrue(after.keySet().stream().noneMatch(name -> name.contains("/.")), after.keySet().toString());
        assertTrue(run.out().contains("Discarded " + SECOND + " (no database was given or configured"), run.out());
        assertTrue(run.out().contains("removed snapshots/" + SECOND + ".json"), run.out());
        assertTrue(run.out().contains("shale create NAME"), run.out());
        TestProject.Run hash = project.run("hash");
        assertTrue(hash.out().contains("is up to date"), hash.out());

        TestProject.Run again = project.run("generate", "--name", "index_body");
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        assertTrue(project.files().keySet().stream().anyMatch(name -> name.endsWith("_index_body.sql")));
        assertEquals(ExitCode.OK, project.run("check").exitCode());
    }

    @Test
    void refusesAVersionThatIsNotTheLatestAndChangesNothing() {
        TestProject project = twoMigrations();
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("discard", "20261121093000");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("version 20261121093000 is not the latest migration; the latest is " + SECOND),
                run.err());
        assertEquals(before, project.files());
        assertEquals(ExitCode.USAGE, project.run("discard", "not-a-version").exitCode());
        assertEquals(before, project.files());
    }

    @Test
    void refusesWhileTheMigrationsDoNotMatchTheSum() {
        TestProject project = twoMigrations();
        project.write("migrations/" + SECOND + ".sql", project.read("migrations/" + SECOND + ".sql") + "\nSELECT 1;\n");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("discard");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains(SECOND + ".sql"), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void refusesAnEmptyProject() {
        TestProject project = new TestProject(dir).withFixture("markapplied");
        project.write("migrations/shale.sum", "");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("discard");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("holds no migration to discard"), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void refusesAMigrationADatabaseAppliedUntilItIsRolledBack(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db);
        TestProject files = twoMigrations();
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        Map<String, String> before = files.files();

        DatabaseProject.Run refused = project.run("discard");

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains(SECOND + " is applied on jdbc:postgresql://"), refused.err());
        assertTrue(refused.err().contains("roll it back there first (shale rollback"), refused.err());
        assertEquals(before, files.files());

        assertEquals(ExitCode.OK, project.run("rollback", "--steps", "1").exitCode(), project.run("status").all());
        DatabaseProject.Run discarded = project.run("discard");
        assertEquals(ExitCode.OK, discarded.exitCode(), discarded.all());
        assertTrue(discarded.out().contains("(not applied on jdbc:postgresql://"), discarded.out());
        assertFalse(files.files().containsKey("migrations/" + SECOND + ".sql"));
        assertEquals(ExitCode.OK, project.run("status").exitCode());
    }

    @Test
    void checksEveryDatabaseGivenWithUrl(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db);
        TestProject files = twoMigrations();
        project.environment().remove("DATABASE_URL");
        assertEquals(ExitCode.OK, project.run("migrate", "--url", db.jdbcUrl()).exitCode());
        Map<String, String> before = files.files();

        DatabaseProject.Run refused = project.run("discard", "--url", db.jdbcUrl());

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertEquals(before, files.files());
    }
}
