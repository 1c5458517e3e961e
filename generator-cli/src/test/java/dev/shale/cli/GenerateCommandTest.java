package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesMigrationDownSnapshotAndSum() {
        TestProject project = new TestProject(temp).withFixture("valid");

        TestProject.Run run = project.run("generate", "--name", "create_notes");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                        "migrations/20261121093000_create_notes.down.sql",
                        "migrations/20261121093000_create_notes.sql",
                        "migrations/shale.sum",
                        "shale.yaml",
                        "snapshots/20261121093000_create_notes.json"),
                List.copyOf(project.files().keySet()));
        String up = project.read("migrations/20261121093000_create_notes.sql");
        assertTrue(up.startsWith("-- Shale migration (up)\n-- from: empty database\n"), up);
        assertTrue(up.contains("-- shale:transactional true\n-- shale:hazards none\n"), up);
        assertTrue(up.contains("--   create table public.notes\n"), up);
        assertTrue(up.contains("CREATE TABLE public.notes (\n"), up);
        String down = project.read("migrations/20261121093000_create_notes.down.sql");
        assertTrue(down.contains("DROP TABLE public.notes;\n"), down);
        assertTrue(down.contains("-- shale:hazards backward-incompatible,data-loss\n"
                + "-- shale:hazard drop-table error public.notes\n"
                + "-- shale:hazard backward-incompatible-drop warning public.notes\n"
                + "-- shale:loses table public.notes\n"), down);
        assertTrue(run.out().contains("migrations/20261121093000_create_notes.sql"), run.out());
    }

    @Test
    void secondRunWithoutChangesWritesNothing() {
        TestProject project = new TestProject(temp).withFixture("valid");
        assertEquals(0, project.run("generate").exitCode());
        Map<String, String> before = project.files();

        TestProject.Run again = project.run("generate");

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("No changes: the schema records match the latest snapshot"), again.out());
        assertEquals(before, project.files());
    }

    @Test
    void derivesTheNameFromTheChanges() {
        TestProject project = new TestProject(temp).withFixture("valid");

        assertEquals(0, project.run("generate").exitCode());

        assertTrue(project.files().containsKey("migrations/20261121093000_create_notes.sql"), project.files().toString());
    }

    @Test
    void aRenameBecomesRenameColumnAndIsReversedInTheDown() {
        TestProject project = new TestProject(temp).withFixture("valid");
        assertEquals(0, project.run("generate", "--name", "create_notes").exitCode());
        project.withFixture("edited");

        TestProject.Run run = project.run("generate", "--name", "rename_body");

        assertEquals(0, run.exitCode(), run.err());
        String up = project.read("migrations/20261121093100_rename_body.sql");
        assertTrue(up.contains("ALTER TABLE public.notes RENAME COLUMN body TO content;"), up);
        assertTrue(up.contains("ADD COLUMN title varchar(80)"), up);
        String down = project.read("migrations/20261121093100_rename_body.down.sql");
        assertTrue(down.contains("ALTER TABLE public.notes RENAME COLUMN content TO body;"), down);
        assertTrue(down.contains("DROP COLUMN title"), down);
    }

    @Test
    void twoCheckoutsGenerateByteIdenticalFilesForTheSameEdit() {
        TestProject first = new TestProject(temp.resolve("first")).withFixture("valid");
        TestProject second = new TestProject(temp.resolve("second")).withFixture("valid");
        assertEquals(0, first.run("generate", "--name", "create_notes").exitCode());
        second.advanceClock(java.time.Duration.ofHours(5)); // versions differ, contents must not
        assertEquals(0, second.run("generate", "--name", "create_notes").exitCode());
        first.withFixture("edited");
        second.withFixture("edited");
        assertEquals(0, first.run("generate", "--name", "edit").exitCode());
        assertEquals(0, second.run("generate", "--name", "edit").exitCode());

        List<String> firstContents = contentsWithoutVersions(first);
        List<String> secondContents = contentsWithoutVersions(second);

        assertNotEquals(first.files().keySet(), second.files().keySet());
        assertEquals(firstContents, secondContents);
    }

    private static List<String> contentsWithoutVersions(TestProject project) {
        return project.files().entrySet().stream()
                .filter(e -> !e.getKey().equals("shale.yaml") && !e.getKey().endsWith("shale.sum"))
                .map(e -> e.getKey().replaceAll("\\d{14}", "V") + "\n" + e.getValue())
                .sorted()
                .collect(Collectors.toList());
    }
}
