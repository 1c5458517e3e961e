package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every declaration that cannot be mapped stops generate with exit code 2, a message and nothing written. */
class GenerateErrorsTest {

    @TempDir
    Path temp;

    static Stream<Arguments> declarations() {
        return Stream.of(
                Arguments.of("unknowntype", List.of("dev.shale.cli.fixtures.unknowntype.Thing.owner", "java.lang.Thread", "@Column(type")),
                Arguments.of("undeclared", List.of("dev.shale.cli.fixtures.undeclared.Orphan.noteId", "dev.shale.cli.fixtures.valid.Note")),
                Arguments.of("missingcolumn", List.of("dev.shale.cli.fixtures.missingcolumn.Child.parentId", "no_such_column")),
                Arguments.of("duplicatetable", List.of("items", "dev.shale.cli.fixtures.duplicatetable.Second")),
                Arguments.of("duplicatecolumn", List.of("dev.shale.cli.fixtures.duplicatecolumn.Item", "label")),
                Arguments.of("duplicateconstraint", List.of("dev.shale.cli.fixtures.duplicateconstraint.Item", "items_positive")),
                Arguments.of("longname", List.of("dev.shale.cli.fixtures.longname.Item", "63 bytes")),
                Arguments.of("nokey", List.of("dev.shale.cli.fixtures.nokey.Item", "@PrimaryKey")),
                Arguments.of("conflicting", List.of("dev.shale.cli.fixtures.conflicting.Item.id", "@Identity", "@Default")),
                Arguments.of("sequenceclash", List.of("dev.shale.cli.fixtures.sequenceclash.Sequences",
                        "sequence public.invoices", "dev.shale.cli.fixtures.sequenceclash.Invoice",
                        "@Sequence(name = ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void unmappableDeclarationStopsGenerate(String fixture, List<String> expectedInMessage) {
        TestProject project = new TestProject(temp).withFixture(fixture);
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("cannot be mapped; nothing was written"), run.err());
        assertTrue(run.err().contains("fix: "), run.err());
        for (String expected : expectedInMessage) {
            assertTrue(run.err().contains(expected), "expected <" + expected + "> in:\n" + run.err());
        }
        assertEquals(before, project.files());
    }

    @Test
    void aTypeChangePostgresqlCannotCastStopsGenerate() {
        TestProject project = new TestProject(temp).withFixture("uncastbefore");
        assertEquals(0, project.run("generate").exitCode());
        project.withFixture("uncastafter");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("column public.tokens.ref cannot change type from uuid to bigint: PostgreSQL has"
                + " no cast from uuid to bigint, so the migration could not apply; nothing was written"), run.err());
        assertTrue(run.err().contains("fix: declare how existing values convert on the record component of ref:"
                + " @Using(value = \"<expression over ref giving bigint>\", down = \"<expression over ref giving uuid>\")"),
                run.err());
        assertEquals(before, project.files());
    }

    @Test
    void fillsReadingEachOthersNewColumnsStopGenerateAsAUsageError() {
        TestProject project = new TestProject(temp).withFixture("fillcyclebefore");
        assertEquals(0, project.run("generate").exitCode());
        project.withFixture("fillcycleafter");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("the declared fills cannot run in any order"), run.err());
        assertTrue(run.err().contains("public.accounts.a") && run.err().contains("public.accounts.b"), run.err());
        assertTrue(run.err().contains("fix: a fill may read columns the table already has"), run.err());
        assertTrue(!run.err().contains("internal error"), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void renamedFromNamingNothingStopsGenerate() {
        TestProject project = new TestProject(temp).withFixture("valid");
        assertEquals(0, project.run("generate").exitCode());
        project.withFixture("badrename");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("@RenamedFrom(\"text\")"), run.err());
        assertTrue(run.err().contains("dev.shale.cli.fixtures.badrename.Note.content"), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void tableRenamedOntoATableDroppedInTheSameMigrationStopsGenerate() {
        TestProject project = new TestProject(temp).withFixture("renameontobefore");
        assertEquals(0, project.run("generate").exitCode());
        project.withFixture("renameontoafter");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("@RenamedFrom(\"order\") on dev.shale.cli.fixtures.renameontoafter.Session"
                + " renames table public.order onto the name of table public.sessions"), run.err());
        assertTrue(run.err().contains("fix: drop the old table public.sessions (or rename it away) in a migration of"
                + " its own first"), run.err());
        assertTrue(!run.err().contains("internal error"), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void tablesSwappingNamesStopGenerateWithTheTwoMigrationFix() {
        TestProject project = new TestProject(temp).withFixture("renameswapbefore");
        assertEquals(0, project.run("generate").exitCode());
        project.withFixture("renameswapafter");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("@RenamedFrom(\"drafts\") on dev.shale.cli.fixtures.renameswapafter.Post and"
                + " @RenamedFrom(\"posts\") on dev.shale.cli.fixtures.renameswapafter.Draft rename tables public.drafts"
                + " to public.posts and public.posts to public.drafts onto each other's names, and the old and the new"
                + " schema both have all of them: Shale cannot tell this swap from one an earlier migration did"
                + " already; nothing was written"), run.err());
        assertTrue(run.err().contains("fix: do the swap through a temporary name over two migrations (public.drafts"
                + " → public.drafts_tmp, then public.posts → public.drafts and public.drafts_tmp → public.posts), or,"
                + " if an earlier migration already did this swap, remove the stale annotations"), run.err());
        assertTrue(!run.err().contains("internal error"), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void handEditedSnapshotIsReportedNeverOverwritten() {
        TestProject project = new TestProject(temp).withFixture("valid");
        assertEquals(0, project.run("generate", "--name", "create_notes").exitCode());
        String snapshot = "snapshots/20261121093000_create_notes.json";
        project.write(snapshot, project.read(snapshot).replace("\"body\"", "\"text\""));
        project.withFixture("edited");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(snapshot), run.err());
        assertTrue(run.err().contains("edited by hand or corrupted"), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void corruptedSnapshotIsReported() {
        TestProject project = new TestProject(temp).withFixture("valid");
        assertEquals(0, project.run("generate", "--name", "create_notes").exitCode());
        String snapshot = "snapshots/20261121093000_create_notes.json";
        project.write(snapshot, project.read(snapshot).substring(0, 40));
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(snapshot), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void handEditedMigrationBreaksTheSumUntilHashAcceptsIt() {
        TestProject project = new TestProject(temp).withFixture("valid");
        assertEquals(0, project.run("generate", "--name", "create_notes").exitCode());
        String migration = "migrations/20261121093000_create_notes.sql";
        project.write(migration, project.read(migration) + "\nCREATE INDEX notes_body_idx ON public.notes (body);\n");
        project.withFixture("edited");
        Map<String, String> before = project.files();

        TestProject.Run refused = project.run("generate");

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains("20261121093000_create_notes.sql"), refused.err());
        assertTrue(refused.err().contains("shale hash"), refused.err());
        assertEquals(before, project.files());

        assertEquals(0, project.run("hash").exitCode());
        assertEquals(0, project.run("generate").exitCode());
    }

    @Test
    void badMigrationNameIsAUsageError() {
        TestProject project = new TestProject(temp).withFixture("valid");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate", "--name", "!!!");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("!!!"), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void missingPackageConfigurationIsAUsageError() {
        TestProject project = new TestProject(temp);
        project.write("shale.yaml", "migrations: migrations\n");

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("no schema package is configured"), run.err());
    }

    @Test
    void unknownConfigurationKeyIsAUsageError() {
        TestProject project = new TestProject(temp);
        project.write("shale.yaml", "schema:\n  packages: [a.b]\nmigration: x\n");

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("unknown key 'migration'"), run.err());
    }
}
