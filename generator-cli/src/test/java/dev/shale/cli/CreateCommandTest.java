package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesAnEmptyCustomMigrationAndCarriesTheSnapshotOver() {
        TestProject project = new TestProject(temp).withFixture("valid");
        assertEquals(0, project.run("generate", "--name", "create_notes").exitCode());

        TestProject.Run run = project.run("create", "seed_notes");

        assertEquals(0, run.exitCode(), run.err());
        String up = project.read("migrations/20261121093100_seed_notes.sql");
        assertTrue(up.startsWith("-- Shale custom migration (up)\n-- shale:transactional true\n"), up);
        assertTrue(project.files().containsKey("migrations/20261121093100_seed_notes.down.sql"));
        Snapshot previous = SnapshotJson.read(project.read("snapshots/20261121093000_create_notes.json"), "previous");
        Snapshot carried = SnapshotJson.read(project.read("snapshots/20261121093100_seed_notes.json"), "carried");
        assertEquals(previous.schema(), carried.schema());
        assertEquals(previous.id(), carried.previousId());

        TestProject.Run generate = project.run("generate");
        assertTrue(generate.out().startsWith("No changes"), generate.out());
    }

    @Test
    void aHandWrittenCustomMigrationNeedsHashBeforeTheNextGenerate() {
        TestProject project = new TestProject(temp).withFixture("valid");
        assertEquals(0, project.run("create", "seed").exitCode());
        project.write("migrations/20261121093000_seed.sql",
                project.read("migrations/20261121093000_seed.sql") + "\nSELECT 1;\n");

        assertEquals(ExitCode.USAGE, project.run("generate").exitCode());
        assertEquals(0, project.run("hash").exitCode());
        assertEquals(0, project.run("generate", "--name", "create_notes").exitCode());
    }

    @Test
    void rejectsANameThatIsNotSnakeCase() {
        TestProject project = new TestProject(temp).withFixture("valid");

        TestProject.Run run = project.run("create", "***");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out());
        assertEquals(1, project.files().size());
    }
}
