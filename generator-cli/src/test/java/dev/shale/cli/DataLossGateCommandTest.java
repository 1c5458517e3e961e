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

/**
 * Generated data-loss migrations say what they lose ({@code shale:loses}), and {@code migrate} and {@code rollback}
 * refuse them only where that data exists: a fresh database takes the whole history without flags.
 */
@ExtendWith(PostgresExtension.class)
class DataLossGateCommandTest {

    private static final String FIRST = "migrations/20261121093000_first.sql";
    private static final String SECOND = "migrations/20261121093100_second.sql";

    @TempDir
    Path temp;

    /** Generates "pushed" then "pushedlater": the second drops books.title and adds enum value mood CALM. */
    private DatabaseProject history(TestDatabase db) {
        TestProject files = new TestProject(temp).withFixture("pushed").withPlainDdl();
        assertEquals(ExitCode.OK, files.run("generate", "--name", "first").exitCode());
        files.withFixture("pushedlater").withPlainDdl();
        assertEquals(ExitCode.OK, files.run("generate", "--name", "second").exitCode());
        String up = files.read(SECOND);
        assertTrue(up.contains("-- shale:hazards backward-incompatible,data-loss,irreversible,long-lock\n"
                + "-- shale:hazard drop-index-not-concurrent warning public.books_author_id_title_idx\n"
                + "-- shale:hazard drop-column error public.books.title\n"
                + "-- shale:hazard irreversible-down warning public.books.title\n"
                + "-- shale:hazard backward-incompatible-drop warning public.books.title\n"
                + "-- shale:loses column public.books.title\n--\n"), up);
        String down = files.read(SECOND.replace(".sql", ".down.sql"));
        assertTrue(down.contains("-- shale:loses column public.books.subtitle\n-- shale:loses column public.books.mood\n"
                + "-- shale:loses enum-value public.mood 'CALM'\n"), down);
        return new DatabaseProject(temp, db);
    }

    @Test
    void aFreshDatabaseTakesTheHistoryAndRollsItBackWithoutFlags(TestDatabase db) {
        DatabaseProject project = history(db);

        DatabaseProject.Run migrate = project.run("migrate");
        assertEquals(ExitCode.OK, migrate.exitCode(), migrate.all());
        assertEquals(2, project.history().size());

        DatabaseProject.Run rollback = project.run("rollback", "--steps", "1");
        assertEquals(ExitCode.OK, rollback.exitCode(), rollback.all());
        assertEquals(1, project.history().size());
    }

    @Test
    void rowsThatWouldBeLostAreRefusedWithCountsUntilAllowed(TestDatabase db) {
        DatabaseProject project = history(db);
        assertEquals(ExitCode.OK, project.run("migrate", "--to", "20261121093000").exitCode());
        db.execute("INSERT INTO authors (name, mood, age) VALUES ('Ann', 'HAPPY', 40)",
                "INSERT INTO books (author_id, title) SELECT id, 'Dune' FROM authors",
                "INSERT INTO books (author_id, title) SELECT id, NULL FROM authors");
        String before = db.dump();

        DatabaseProject.Run refused = project.run("migrate");

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertEquals("error: " + SECOND + " loses column public.books.title, which holds 1 non-NULL value. Nothing"
                + " was run.\n  fix: if the loss is intended, take a backup and run migrate with"
                + " --allow-data-loss (allowDataLoss)\n", refused.err());
        assertEquals(before, db.dump());
        assertEquals(1, project.history().size());

        DatabaseProject.Run allowed = project.run("migrate", "--allow-data-loss");
        assertEquals(ExitCode.OK, allowed.exitCode(), allowed.all());
        assertEquals(2, project.history().size());

        // rows using CALM would make the down's enum swap fail: its pre-flight data check refuses first
        db.execute("UPDATE books SET mood = 'CALM'");
        DatabaseProject.Run used = project.run("rollback");
        assertEquals(ExitCode.DATA_CHECK, used.exitCode(), used.all());
        assertTrue(used.err().startsWith("error: A pre-flight data check failed: the rows would make rollback fail.\n  "
                + SECOND.replace(".sql", ".down.sql") + ": 2 rows use enum value public.mood 'CALM', which the"
                + " migration removes (in public.books.mood): "), used.all());
        assertEquals(List.of("2"), project.query("SELECT count(*) FROM books WHERE mood = 'CALM'"));

        db.execute("UPDATE books SET mood = 'HAPPY'");
        DatabaseProject.Run down = project.run("rollback");
        assertEquals(ExitCode.USAGE, down.exitCode(), down.all());
        assertTrue(down.err().startsWith("error: " + SECOND.replace(".sql", ".down.sql") + " loses column"
                + " public.books.mood, which holds 2 non-NULL values. Nothing was run.\n"), down.all());
        assertEquals(List.of("2"), project.query("SELECT count(*) FROM books WHERE mood = 'HAPPY'"));
    }
}
