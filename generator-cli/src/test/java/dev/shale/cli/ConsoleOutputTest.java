package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the console prints around the results: colour only on a terminal and never with NO_COLOR or --no-color,
 * --quiet keeping only errors and the data asked for, and migrate and rollback's one line per migration as it ends.
 */
@ExtendWith(PostgresExtension.class)
class ConsoleOutputTest {

    private static final Pattern PROGRESS = Pattern.compile("(applied|rolled back) \\d{14}_[a-z0-9_]+ \\(\\d+\\.\\d{2} s\\)");

    @TempDir
    Path dir;

    @Test
    void colourOnlyOnATerminalWithoutNoColorOrTheOption() {
        Map<String, String> none = Map.of();
        assertTrue(Colour.enabled(true, false, none));
        assertTrue(Colour.enabled(true, false, Map.of("NO_COLOR", "")), "an empty NO_COLOR does not count");
        assertFalse(Colour.enabled(true, false, Map.of("NO_COLOR", "1")));
        assertFalse(Colour.enabled(true, false, Map.of("NO_COLOR", "false")), "any non-empty value disables");
        assertFalse(Colour.enabled(true, true, none), "--no-color");
        assertFalse(Colour.enabled(true, false, Map.of("TERM", "dumb")));
        assertFalse(Colour.enabled(false, false, none), "not a terminal");
        assertFalse(Colour.enabled(false, false, Map.of("NO_COLOR", "")));
        assertFalse(Colour.enabled(false, true, Map.of("NO_COLOR", "1")));
    }

    @Test
    void aColouredConsoleMarksPrefixesAndStatusWordsOnly() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console coloured = new Console(new PrintWriter(out), new PrintWriter(err), false, true);
        coloured.error("it broke", "mend it");
        coloured.warn("careful");
        coloured.progress("applied", "20261121093000_create_users (1.24 s)");
        assertEquals("\u001b[31merror:\u001b[0m it broke\n  fix: mend it\n\u001b[33mwarning:\u001b[0m careful\n",
                err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("\u001b[32mapplied\u001b[0m 20261121093000_create_users (1.24 s)\n",
                out.toString().replace(System.lineSeparator(), "\n"));
        StringWriter plain = new StringWriter();
        new Console(new PrintWriter(plain), new PrintWriter(plain), false, false).error("it broke", null);
        assertEquals("error: it broke" + System.lineSeparator(), plain.toString());
    }

    @Test
    void commandsRunOutsideATerminalPrintNoAnsiEvenWithoutNoColor(TestDatabase db) {
        DatabaseProject project = twoMigrations(db);
        for (String[] args : List.of(new String[] {"migrate"}, new String[] {"status"}, new String[] {"rollback"},
                new String[] {"migrate", "--url", "not-a-url"}, new String[] {"--help"}, new String[] {"nosuch"})) {
            DatabaseProject.Run run = project.run(args);
            HelpTest.assertNoAnsi(run.out());
            HelpTest.assertNoAnsi(run.err());
        }
    }

    @Test
    void migrateAndRollbackPrintOneLinePerMigrationAsItEnds(TestDatabase db) {
        DatabaseProject project = twoMigrations(db);
        Timed migrate = timed(project, "migrate");
        assertEquals(0, migrate.code(), migrate.toString());
        List<Timed.Line> progress = migrate.lines().stream().filter(l -> PROGRESS.matcher(l.text()).matches()).toList();
        assertEquals(List.of("applied 20261121093000_first", "applied 20261121093100_slow"),
                progress.stream().map(l -> l.text().replaceAll(" \\(.*", "")).toList(), migrate.toString());
        assertTrue(progress.get(1).text().matches("applied 20261121093100_slow \\((0\\.[6-9]\\d|[1-9]\\d*\\.\\d{2}) s\\)"),
                progress.get(1).text());
        // the first line came as the first migration ended, before the slow one ran, not with the summary at the end
        assertTrue(progress.get(1).atMs() - progress.get(0).atMs() >= 500, migrate.toString());
        assertTrue(migrate.lines().get(0).text().startsWith("applied "), migrate.toString());

        Timed rollback = timed(project, "rollback");
        assertEquals(0, rollback.code(), rollback.toString());
        assertEquals(List.of("rolled back 20261121093100_slow", "rolled back 20261121093000_first"),
                rollback.lines().stream().map(Timed.Line::text).filter(t -> PROGRESS.matcher(t).matches())
                        .map(t -> t.replaceAll(" \\(.*", "")).toList(), rollback.toString());
    }

    @Test
    void quietKeepsOnlyErrorsAndTheDataAskedFor(TestDatabase db) {
        DatabaseProject project = twoMigrations(db);
        DatabaseProject.Run dryRun = project.run("--quiet", "migrate", "--dry-run");
        assertEquals(0, dryRun.exitCode(), dryRun.all());
        assertTrue(dryRun.out().contains("SELECT pg_sleep(0.6);"), "the SQL asked for:\n" + dryRun.all());
        DatabaseProject.Run quiet = project.run("migrate", "-q");
        assertEquals(0, quiet.exitCode(), quiet.all());
        assertEquals("", quiet.out(), "no progress lines or summary:\n" + quiet.all());
        assertEquals("", quiet.err(), quiet.all());
        assertEquals(2, project.history().size());
        DatabaseProject.Run json = project.run("status", "--quiet", "--format", "json");
        assertEquals(0, json.exitCode(), json.all());
        assertTrue(json.out().startsWith("{") && json.out().strip().endsWith("}"), json.all());
        DatabaseProject.Run text = project.run("status", "--quiet");
        assertEquals("", text.out(), text.all());
        DatabaseProject.Run failed = project.run("--quiet", "migrate", "--url", "not-a-url");
        assertEquals(ExitCode.USAGE, failed.exitCode(), failed.all());
        assertEquals("", failed.out(), failed.all());
        assertTrue(failed.err().startsWith("error: "), "errors stay:\n" + failed.all());
    }

    @Test
    void jsonRunsPrintNoProgressLines(TestDatabase db) {
        DatabaseProject project = twoMigrations(db);
        DatabaseProject.Run run = project.run("migrate", "--format", "json");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("{"), run.all());
        assertFalse(PROGRESS.matcher(run.out()).find(), run.all());
    }

    private DatabaseProject twoMigrations(TestDatabase db) {
        return new DatabaseProject(dir, db)
                .up("20261121093000", "first", "CREATE TABLE first (id int);")
                .down("20261121093000", "first", "DROP TABLE first;")
                .up("20261121093100", "slow", "SELECT pg_sleep(0.6);\nCREATE TABLE slow (id int);")
                .down("20261121093100", "slow", "DROP TABLE slow;");
    }

    /** A run whose standard output lines carry the milliseconds (since the start) at which each arrived. */
    record Timed(int code, List<Line> lines, String err) {
        record Line(String text, long atMs) {
        }
    }

    private static Timed timed(DatabaseProject project, String... args) {
        long start = System.nanoTime();
        List<Timed.Line> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Writer out = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                pending.append(buffer, offset, length);
                int end;
                while ((end = pending.indexOf("\n")) >= 0) {
                    lines.add(new Timed.Line(pending.substring(0, end).stripTrailing(),
                            (System.nanoTime() - start) / 1_000_000));
                    pending.delete(0, end + 1);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(project.environment());
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-C";
        all[args.length + 1] = project.dir().toString();
        int code = ShaleCommand.execute(env, Clock.systemUTC(), new PrintWriter(out, true), new PrintWriter(err, true),
                all);
        return new Timed(code, lines, err.toString());
    }
}
