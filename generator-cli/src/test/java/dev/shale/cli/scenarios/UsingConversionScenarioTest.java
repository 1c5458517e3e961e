package dev.shale.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.ExitCode;
import dev.shale.cli.InProcessShale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code bigint} column of seconds since the epoch becomes {@code OffsetDateTime} (timestamptz) on a table with
 * rows: without {@code @Using}, generate refuses, naming the column, both types and the {@code @Using} to declare,
 * and writes nothing; with it, the migration converts every row and the rollback converts them back.
 */
@ExtendWith(PostgresExtension.class)
class UsingConversionScenarioTest {

    private static final String VALUES = "SELECT coalesce(happened_at::text, 'null') FROM events ORDER BY id";

    @TempDir
    Path temp;

    private ScenarioProject eventsWithRows(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp, db).records("usingbefore");
        InProcessShale.Output first = project.run("generate", "--name", "create_events");
        assertEquals(0, first.exitCode(), first.all());
        InProcessShale.Output migrate = project.run("migrate");
        assertEquals(0, migrate.exitCode(), migrate.all());
        db.execute("INSERT INTO events VALUES (1, 0), (2, 1700000000), (3, NULL)");
        return project;
    }

    @Test
    void withoutUsingGenerateRefusesNamingTheColumnAndTheFix(TestDatabase db) {
        ScenarioProject project = eventsWithRows(db);
        int files = project.files().size();

        InProcessShale.Output refused = project.records("usingbare").run("generate", "--name", "epoch_to_time");

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("column public.events.happened_at cannot change type from bigint to"
                + " timestamptz: PostgreSQL has no cast from bigint to timestamptz, so the migration could not apply;"
                + " nothing was written"), refused.all());
        assertTrue(refused.err().contains("@Using(value = \"to_timestamp(happened_at)\", down = \"extract(epoch from"
                + " happened_at)::bigint\")"), refused.all());
        assertEquals(files, project.files().size(), "no file written");
    }

    @Test
    void withUsingEveryRowConvertsAndTheRollbackConvertsBack(TestDatabase db) {
        ScenarioProject project = eventsWithRows(db);

        InProcessShale.Output generate = project.records("usingepoch").run("generate", "--name", "epoch_to_time");

        assertEquals(0, generate.exitCode(), generate.all());
        String up = project.files().entrySet().stream().filter(e -> e.getKey().endsWith("_epoch_to_time.sql"))
                .map(e -> e.getValue()).findFirst().orElseThrow();
        assertTrue(up.contains("ALTER COLUMN happened_at TYPE timestamptz USING to_timestamp(happened_at);"), up);

        // Shale cannot tell what a declared expression keeps: the change counts as one that may lose values
        InProcessShale.Output gated = project.run("migrate");
        assertEquals(2, gated.exitCode(), gated.all());
        assertTrue(gated.err().contains("loses column public.events.happened_at"), gated.all());
        InProcessShale.Output migrate = project.run("migrate", "--allow-data-loss");
        assertEquals(0, migrate.exitCode(), migrate.all());
        assertEquals(List.of("1970-01-01 00:00:00+00", "2023-11-14 22:13:20+00", "null"),
                project.query("SELECT coalesce((happened_at AT TIME ZONE 'UTC')::text || '+00', 'null') FROM events"
                        + " ORDER BY id"));

        InProcessShale.Output rollback = project.run("rollback", "--force");
        assertEquals(0, rollback.exitCode(), rollback.all());
        assertEquals(List.of("0", "1700000000", "null"), project.query(VALUES));
        assertFalse(project.history().stream().anyMatch(h -> h.endsWith("epoch_to_time")), project.history().toString());
    }

    @Test
    void diffBetweenDatabasesRefusesWithTheStatementToWriteByHandAndDiffFromRecordsUsesUsing(TestDatabase db) {
        ScenarioProject project = eventsWithRows(db);
        try (TestDatabase other = TestDatabase.create()) {
            other.execute("CREATE TABLE public.events (id bigint PRIMARY KEY, happened_at timestamptz)");

            InProcessShale.Output refused = project.run("diff", "--from", db.jdbcUrl(), "--to", other.jdbcUrl());

            assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
            assertTrue(refused.err().contains("column public.events.happened_at cannot change type from bigint to"
                    + " timestamptz"), refused.all());
            assertTrue(refused.err().contains("write this change by hand (shale create) as ALTER TABLE public.events"
                    + " ALTER COLUMN happened_at TYPE timestamptz USING to_timestamp(happened_at)"), refused.all());
        }

        InProcessShale.Output fromRecords = project.records("usingepoch").run("diff", "--from", "latest", "--to",
                "records");

        assertEquals(0, fromRecords.exitCode(), fromRecords.all());
        assertTrue(fromRecords.out().contains("ALTER COLUMN happened_at TYPE timestamptz USING"
                + " to_timestamp(happened_at)"), fromRecords.all());
    }
}
