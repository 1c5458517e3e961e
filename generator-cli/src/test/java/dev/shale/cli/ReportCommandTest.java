package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesThePageOfTheRecordsWithTheMigrationTimeline() throws IOException {
        TestProject project = new TestProject(dir).withFixture("pushed");
        assertEquals(ExitCode.OK, project.run("generate", "--name", "books").exitCode());

        TestProject.Run run = project.run("report", "--out", "site/schema.html");

        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
        assertEquals("Wrote site/schema.html: 2 tables, 1 foreign key, 1 enum, 1 migration.\n", run.out());
        String html = Files.readString(dir.resolve("site/schema.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("Schema of the schema records"), html);
        assertTrue(html.contains("<g class=\"table\" id=\"box-t-public-authors\""), html);
        assertTrue(html.contains("<g class=\"table\" id=\"box-t-public-books\""), html);
        assertTrue(html.contains("data-from=\"t-public-books\" data-to=\"t-public-authors\""), html);
        assertTrue(html.contains("<strong>books</strong> &middot; <time>2026-11-21 09:30:00 UTC</time>"), html);
        assertTrue(html.contains("<li>create table public.authors</li>"), html);
        assertTrue(html.contains("<td class=\"code\">HAPPY SAD </td>"), html);
        assertTrue(html.contains("on delete cascade"), html);
    }

    @Test
    void readsALiveDatabaseWithFromAndShowsNoPassword(TestDatabase db) throws IOException {
        DatabaseProject project = new DatabaseProject(dir, db);
        new TestProject(dir).withFixture("pushed");
        assertEquals(ExitCode.OK, project.run("push").exitCode());

        DatabaseProject.Run run = project.run("report", "--from", db.jdbcUrl(), "--out", "live.html");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertEquals("Wrote live.html: 2 tables, 1 foreign key, 1 enum, 0 migrations.\n", run.out());
        String html = Files.readString(dir.resolve("live.html"));
        assertTrue(html.contains("Schema of the database"), html);
        assertTrue(html.contains("data-name=\"books\""), html);
        assertTrue(html.contains("No migrations yet."), html);
        assertFalse(html.contains(db.jdbcUrl()), "the URL is not shown");
    }

    @Test
    void helpHasExamplesAndExitsZero() {
        TestProject.Run run = new TestProject(dir).run("report", "--help");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Usage: shale report"), run.out());
        assertTrue(run.out().contains("Examples:\n  shale report --out schema.html\n"), run.out());
    }

    @Test
    void refusesBadOptionsAndWritesNothing() throws IOException {
        TestProject project = new TestProject(dir);
        Files.createDirectories(dir.resolve("site"));

        TestProject.Run noOut = project.run("report");
        TestProject.Run badSource = project.run("report", "--from", "yesterday", "--out", "a.html");
        TestProject.Run folder = project.run("report", "--from", "empty", "--out", "site");
        TestProject.Run missing = project.run("report", "--from", "gone.json", "--out", "b.html");

        assertEquals(ExitCode.USAGE, noOut.exitCode(), noOut.err());
        assertTrue(noOut.err().contains("Missing required option: '--out=FILE'"), noOut.err());
        assertEquals(ExitCode.USAGE, badSource.exitCode());
        assertTrue(badSource.err().contains("--from \"yesterday\" is not a schema source"), badSource.err());
        assertEquals(ExitCode.USAGE, folder.exitCode());
        assertTrue(folder.err().contains("--out site is a folder"), folder.err());
        assertTrue(folder.err().contains("--out site/schema.html"), folder.err());
        assertEquals(ExitCode.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("snapshot file gone.json does not exist"), missing.err());
        assertFalse(Files.exists(dir.resolve("a.html")) || Files.exists(dir.resolve("b.html")));
    }

    @Test
    void anEmptySchemaIsAPageThatSaysSo() throws IOException {
        TestProject.Run run = new TestProject(dir).run("report", "--from", "empty", "--out", "empty.html");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String html = Files.readString(dir.resolve("empty.html"));
        assertTrue(html.contains("The schema has no tables."), html);
        assertTrue(html.contains("No migrations folder (migrations/)"), html);
    }
}
