package dev.shale.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.DatabaseProject;
import dev.shale.cli.TestProject;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate --mark-applied} compares the database with the migration's snapshot as {@code check --db} does:
 * a schema that ran (here pushed, in another zone) matches its snapshot whatever spelling the records use.
 */
@ExtendWith(PostgresExtension.class)
class DriftMarkAppliedScenarioTest {

    @TempDir
    Path dir;

    @Test
    void aSchemaThatRanIsRecognisedByPostgresqlsSpelling(TestDatabase db) {
        new TestProject(dir).withFixture("driftscenario");
        DatabaseProject project = new DatabaseProject(dir, db);
        DatabaseProject.Run generated = project.run("generate", "--name", "registrations");
        assertEquals(0, generated.exitCode(), generated.all());
        DatabaseProject.Run pushed = DriftZones.in("Europe/Paris", () -> project.run("push"));
        assertEquals(0, pushed.exitCode(), pushed.all());
        db.execute("INSERT INTO registrations (event_id, rating, starts_at, ends_at)"
                + " VALUES (1, 10, '2026-05-01 10:00+00', '2026-05-01 11:00+00')");

        DatabaseProject.Run marked = DriftZones.in("Asia/Kolkata",
                () -> project.run("migrate", "--mark-applied", "20261121093000"));

        assertEquals(0, marked.exitCode(), marked.all());
        assertTrue(marked.out().contains("Marked 1 migration as applied"), marked.all());
        DatabaseProject.Run check = project.run("check", "--db");
        assertEquals(0, check.exitCode(), check.all());
    }
}
