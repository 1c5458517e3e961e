package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.SchemaDump;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale push} on real databases: creates, converges, refuses data loss, dry runs, leaves the rest alone. */
@ExtendWith(PostgresExtension.class)
class PushCommandTest {

    @TempDir
    Path dir;

    private DatabaseProject project(TestDatabase db, String fixture) {
        new TestProject(dir).withFixture(fixture);
        return new DatabaseProject(dir, db);
    }

    @Test
    void createsTheSchemaAndThenHasNothingToPush(TestDatabase db) {
        DatabaseProject project = project(db, "pushed");

        DatabaseProject.Run run = project.run("push");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("Pushed 4 changes (5 statements) in "), run.all());
        assertTrue(run.out().contains("  create enum public.mood\n"), run.all());
        assertTrue(run.out().contains("  create table public.books\n"), run.all());
        assertEquals(List.of(), project.history(), "push records no migration");
        assertEquals(List.of("authors", "books"),
                project.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));

        DatabaseProject.Run again = project.run("push");
        assertEquals(ExitCode.OK, again.exitCode(), again.all());
        assertEquals("Nothing to push: the database matches the schema records.\n", again.out(), again.all());
    }

    @Test
    void refusesDataLossWithoutForceAndChangesNothing(TestDatabase db) {
        SchemaDump.assumeAvailable();
        project(db, "pushed").run("push");
        db.execute("INSERT INTO authors (name, mood, age) VALUES ('Ann', 'HAPPY', 40)",
                "INSERT INTO books (author_id, title) SELECT id, 'Dune' FROM authors");
        DatabaseProject later = project(db, "pushedlater");
        String before = SchemaDump.dump(db.url());

        DatabaseProject.Run refused = later.run("push");

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().startsWith("error: push would lose data; nothing was changed:\n"), refused.all());
        assertTrue(refused.err().contains("public.books.title"), refused.all());
        assertTrue(refused.err().contains("fix: "), refused.all());
        assertEquals(before, SchemaDump.dump(db.url()));

        DatabaseProject.Run forced = later.run("push", "--force");

        assertEquals(ExitCode.OK, forced.exitCode(), forced.all());
        assertTrue(forced.out().contains("\n  drop-column (error, data loss) public.books.title: Dropping column"
                + " public.books.title deletes its values.\n"), forced.all());
        assertEquals(List.of("id", "author_id", "mood", "subtitle"), later.query(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'books' ORDER BY ordinal_position"));
        assertEquals(List.of("HAPPY", "CALM", "SAD"), later.query(
                "SELECT enumlabel FROM pg_enum WHERE enumtypid = 'mood'::regtype ORDER BY enumsortorder"));
        assertEquals(List.of("1"), later.query("SELECT count(*) FROM books"), "rows of kept columns stay");
        assertEquals("Nothing to push: the database matches the schema records.\n", later.run("push").out());
    }

    @Test
    void refusesToDropAnExtensionTheRecordsDoNotDeclareUnlessForced(TestDatabase db) {
        DatabaseProject project = project(db, "pushed");
        project.run("push");
        db.execute("INSERT INTO authors (name, mood, age) VALUES ('Ann', 'HAPPY', 40)",
                "CREATE EXTENSION pg_stat_statements");

        DatabaseProject.Run refused = project.run("push");

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().startsWith("error: push would lose data; nothing was changed:\n  Dropping extension"
                + " pg_stat_statements removes its functions, types and operators"), refused.all());
        assertEquals(List.of("1"), project.query("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"));

        DatabaseProject.Run forced = project.run("push", "--force");

        assertEquals(ExitCode.OK, forced.exitCode(), forced.all());
        assertTrue(forced.out().contains("drop-extension (error, data loss) pg_stat_statements:"), forced.all());
        assertEquals(List.of("0"), project.query("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"));
        assertEquals(List.of("1"), project.query("SELECT count(*) FROM authors"));
        assertEquals("Nothing to push: the database matches the schema records.\n", project.run("push").out());
    }

    @Test
    void dryRunPrintsTheSqlAndChangesNothing(TestDatabase db) {
        DatabaseProject project = project(db, "pushed");

        DatabaseProject.Run run = project.run("push", "--dry-run");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("-- Shale migration (up)\n-- from: the database\n-- to:   the schema records\n"),
                run.all());
        assertTrue(run.out().contains("CREATE TYPE public.mood AS ENUM ('HAPPY', 'SAD');"), run.all());
        assertEquals(List.of("0"), project.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    @Test
    void leavesObjectsShaleDoesNotModelAlone(TestDatabase db) {
        DatabaseProject project = project(db, "pushed");
        project.run("push");
        db.execute("CREATE VIEW happy_authors AS SELECT * FROM authors WHERE mood = 'HAPPY'");

        DatabaseProject.Run run = project.run("push");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.out().contains("Left alone (not modelled by Shale): 1 object\n  view public.happy_authors\n"),
                run.all());
        assertEquals(List.of("1"), project.query("SELECT count(*) FROM pg_views WHERE viewname = 'happy_authors'"));
    }

    @Test
    void refusesToAlterATableHoldingDetailsShaleDoesNotModel(TestDatabase db) {
        project(db, "pushed").run("push");
        db.execute("INSERT INTO authors (name, mood, age) VALUES ('Ann', 'HAPPY', 40)",
                // replica identity is modelled now; row level security is not
                "ALTER TABLE books ENABLE ROW LEVEL SECURITY");
        DatabaseProject later = project(db, "pushedlater");

        DatabaseProject.Run refused = later.run("push", "--force");
        DatabaseProject.Run pushed = later.run("push", "--force", "--ignore-unmanaged");

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().startsWith("error: refused: 1 object Shale does not manage:\n"
                + "  table public.books: ROW LEVEL SECURITY enabled\n  fix: "), refused.all());
        assertTrue(refused.err().contains("pass --ignore-unmanaged to push anyway, at your own risk: the changes to"
                + " those tables may lose the details above"), refused.all());
        assertEquals(ExitCode.OK, pushed.exitCode(), pushed.all());
        assertEquals(List.of("id", "author_id", "mood", "subtitle"), later.query(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'books' ORDER BY ordinal_position"));
        assertEquals(List.of("Ann"), later.query("SELECT name FROM authors"));
    }

    @Test
    void aDatabaseFailureRollsBackAndExitsWithThree(TestDatabase db) {
        DatabaseProject project = project(db, "pushed");
        db.execute("CREATE TABLE books (id uuid PRIMARY KEY, author_id bigint, title text)",
                "INSERT INTO books VALUES (gen_random_uuid(), 42, 'Orphan')");

        DatabaseProject.Run run = project.run("push");

        assertEquals(ExitCode.DATABASE, run.exitCode(), run.all());
        assertTrue(run.err().contains("push failed at statement "), run.all());
        assertTrue(run.err().contains("nothing was changed"), run.all());
        assertEquals(List.of("books"), project.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        assertEquals(List.of("0"), project.query("SELECT count(*) FROM pg_type WHERE typname = 'mood'"));
    }
}
