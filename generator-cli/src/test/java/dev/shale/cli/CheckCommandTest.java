package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale check} without a database: one exit code per outcome, every finding named with its files. */
class CheckCommandTest {

    private static final String FIRST = "20261121093000_create_notes";

    @TempDir
    Path dir;

    private TestProject generated() {
        TestProject project = new TestProject(dir).withFixture("valid");
        assertEquals(ExitCode.OK, project.run("generate", "--name", "create_notes").exitCode());
        return project;
    }

    @Test
    void generateThenCheckIsClean() {
        TestProject project = generated();

        TestProject.Run run = project.run("check");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("shale check: ok: everything agrees\n"
                + "Checked: records, migrations, shale.sum, snapshots and down files agree.\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void ungeneratedChangesAreListedWithExitCode1() {
        TestProject project = generated().withFixture("edited");

        TestProject.Run run = project.run("check");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("ungenerated changes (exit 1): the schema records differ from the latest snapshot"
                + " snapshots/" + FIRST + ".json: 2 changes not generated."), run.out());
        assertTrue(run.out().contains("  - rename column public.notes.body to content\n"
                + "  - add column public.notes.title\n"), run.out());
        assertTrue(run.out().contains("fix: run shale generate"), run.out());
    }

    @Test
    void anEditedMigrationIsNamedWithExitCode4() throws IOException {
        TestProject project = generated();
        Path up = dir.resolve("migrations/" + FIRST + ".sql");
        Files.writeString(up, Files.readString(up) + "\nCREATE INDEX notes_body_idx ON notes (body);\n");

        JsonNode json = MigrateCommandTest.parse(project.run("check", "--format", "json").out());

        assertEquals(4, project.run("check").exitCode());
        assertEquals("SUM_MISMATCH", json.get("outcome").asText());
        assertEquals(4, json.get("exitCode").asInt());
        JsonNode finding = json.get("findings").get(0);
        assertEquals("SUM_MISMATCH", finding.get("kind").asText());
        assertEquals("migrations/" + FIRST + ".sql", finding.get("file").asText());
        assertTrue(finding.get("fix").asText().contains("shale hash"), finding.toString());
        assertEquals(1, json.get("findings").size(), json.toString());
    }

    @Test
    void aMigrationWithoutItsDownFileHasExitCode6() throws IOException {
        TestProject project = generated();
        Files.delete(dir.resolve("migrations/" + FIRST + ".down.sql"));
        assertEquals(ExitCode.OK, project.run("hash").exitCode());

        TestProject.Run run = project.run("check");

        assertEquals(6, run.exitCode(), run.out());
        assertTrue(run.out().contains("down file (exit 6): migration migrations/" + FIRST + ".sql has no down migration"
                + " migrations/" + FIRST + ".down.sql, so shale rollback cannot undo it."), run.out());
    }

    @Test
    void aCustomMigrationFromCreateHasItsDownAndSnapshot() {
        TestProject project = generated();
        assertEquals(ExitCode.OK, project.run("create", "seed_notes").exitCode());

        TestProject.Run run = project.run("check");

        assertEquals(0, run.exitCode(), run.out());
    }

    @Test
    void twoMigrationsGeneratedFromTheSameSnapshotAreABranchConflictWithExitCode5(@TempDir Path theirs)
            throws IOException {
        TestProject ours = generated();
        copy(dir, theirs);
        ours.withFixture("edited");
        assertEquals(ExitCode.OK, ours.run("generate", "--name", "edit_notes").exitCode());
        TestProject other = new TestProject(theirs).withFixture("drift").advanceClock(java.time.Duration.ofHours(1));
        assertEquals(ExitCode.OK, other.run("generate", "--name", "add_tickets").exitCode());
        String their = "20261121103000_add_tickets";
        for (String file : List.of("migrations/" + their + ".sql", "migrations/" + their + ".down.sql",
                "snapshots/" + their + ".json")) {
            Files.copy(theirs.resolve(file), dir.resolve(file));
        }
        assertEquals(ExitCode.OK, ours.run("hash").exitCode());

        TestProject.Run run = ours.run("check");
        JsonNode json = MigrateCommandTest.parse(ours.run("check", "--format", "json").out());

        assertEquals(5, run.exitCode(), run.out());
        String mine = "20261121093100_edit_notes";
        assertTrue(run.out().contains("snapshot chain (exit 5): branch conflict: migrations migrations/" + mine
                + ".sql and migrations/" + their + ".sql were both generated from snapshots/" + FIRST + ".json"), run.out());
        assertTrue(run.out().contains("fix: regenerate yours on top: 1. if a database applied your migration, roll"
                + " it back there first (shale rollback); 2. delete your migration, its down and its snapshot"
                + " (such as migrations/" + their + ".sql, migrations/" + their + ".down.sql and snapshots/" + their
                + ".json); 3. merge the other branch (if git reports a conflict in shale.sum, keep either side);"
                + " 4. run shale hash, which rewrites shale.sum for the files left; 5. run shale generate, review the"
                + " SQL and commit the new migration, its down, its snapshot and shale.sum"), run.out());
        assertTrue(run.out().contains("The records were not compared with the snapshots"), run.out());
        List<String> files = new ArrayList<>();
        json.get("findings").get(0).get("files").forEach(f -> files.add(f.asText()));
        assertEquals(List.of("migrations/" + mine + ".sql", "migrations/" + their + ".sql",
                "snapshots/" + mine + ".json", "snapshots/" + their + ".json"), files);
    }

    @Test
    void everyFindingIsReportedAndTheExitCodeIsTheFirstInOrder() throws IOException {
        TestProject project = generated().withFixture("edited");
        Files.delete(dir.resolve("migrations/" + FIRST + ".down.sql"));

        TestProject.Run run = project.run("check", "--format", "json");
        JsonNode json = MigrateCommandTest.parse(run.out());

        assertEquals(4, run.exitCode(), run.out());
        List<String> kinds = new ArrayList<>();
        json.get("findings").forEach(f -> kinds.add(f.get("kind").asText()));
        assertEquals(List.of("SUM_MISMATCH", "MISSING_DOWN", "UNGENERATED_CHANGES"), kinds);
        assertEquals("migrations/" + FIRST + ".down.sql", json.get("findings").get(0).get("file").asText());
        assertEquals(2, json.get("changes").size());
        assertTrue(json.get("database").isNull());
    }

    @Test
    void markdownIsAPullRequestComment() {
        TestProject project = generated().withFixture("edited");

        TestProject.Run run = project.run("check", "--format", "markdown");

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("### shale check: exit 1: the schema records have ungenerated changes"
                + " (1 finding)\n\n- **ungenerated changes** (exit 1): "), run.out());
        assertTrue(run.out().contains("#### Ungenerated changes\n\nThe records compared with `snapshots/" + FIRST
                + ".json`:\n\n- rename column public.notes.body to content\n- add column public.notes.title\n"), run.out());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
