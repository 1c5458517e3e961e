package dev.shale.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.InProcessShale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backfills on a table larger than one batch: expressions reading the row's other columns, a backfill beside a
 * default for new rows, a backfill of a column turning NOT NULL; a fill that gives NULL stops the migration with
 * its own message instead of looping; a backfill that is not one expression stops {@code generate}.
 */
@ExtendWith(PostgresExtension.class)
class BackfillExpressionsTest {

    /** Three batches of 10,000. */
    private static final int ROWS = 25_000;
    private static final String FILL = "20261121093200_fill";

    @TempDir
    Path temp;

    private ScenarioProject ordersWithRows(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp, db).records("backfillorderbefore");
        assertEquals(0, project.run("generate", "--name", "create_orders").exitCode());
        assertEquals(0, project.run("migrate").exitCode());
        db.execute("INSERT INTO orders (id, created_at, note) SELECT i, timestamptz '2026-01-01 00:00:00+00'"
                + " + i * interval '1 minute', CASE WHEN i % 2 = 0 THEN 'kept ' || i END"
                + " FROM generate_series(1, " + ROWS + ") AS i");
        return project;
    }

    @Test
    void fillsReadTheRowAndNewRowsTakeTheDefault(TestDatabase db) {
        ScenarioProject project = ordersWithRows(db);

        InProcessShale.Output generate = project.records("backfillorderafter").run("generate", "--name", "fill");
        assertEquals(0, generate.exitCode(), generate.all());
        InProcessShale.Output migrate = project.run("migrate");
        assertEquals(0, migrate.exitCode(), migrate.all());

        assertEquals(String.valueOf(ROWS), project.value("SELECT count(*) FROM orders"));
        assertEquals(String.valueOf(ROWS), project.value("SELECT count(*) FROM orders"
                + " WHERE updated_at = created_at + interval '1 day'"));
        assertEquals(String.valueOf(ROWS / 2), project.value("SELECT count(*) FROM orders WHERE note = 'kept ' || id"));
        assertEquals(String.valueOf(ROWS - ROWS / 2), project.value("SELECT count(*) FROM orders"
                + " WHERE note = 'order ' || id"));
        db.execute("INSERT INTO orders (id, note) VALUES (0, 'new')");
        assertEquals("t", project.value("SELECT updated_at > timestamptz '2026-06-01' FROM orders WHERE id = 0"));

        InProcessShale.Output rollback = project.run("rollback", "--force");
        assertEquals(0, rollback.exitCode(), rollback.all());
        assertEquals(List.of("id", "created_at", "note"), project.query("SELECT column_name FROM"
                + " information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position"));
        assertEquals(String.valueOf(ROWS + 1), project.value("SELECT count(*) FROM orders WHERE note IS NOT NULL"));
    }

    @Test
    void diffFromTheLatestSnapshotToTheRecordsFillsAsGenerateDoes(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp, db).records("backfillorderbefore");
        assertEquals(0, project.run("generate", "--name", "create_orders").exitCode());

        InProcessShale.Output diff = project.records("backfillorderafter").run("diff", "--from", "latest", "--to",
                "records");

        assertEquals(0, diff.exitCode(), diff.all());
        assertTrue(diff.out().contains("UPDATE public.orders SET updated_at = created_at + interval '1 day'\n"),
                diff.all());
        assertTrue(diff.out().contains("UPDATE public.orders SET note = 'order ' || id\n"), diff.all());
        assertTrue(!diff.out().contains("fails on rows"), diff.all());
    }

    @Test
    void aFillThatGivesNullStopsTheMigrationNamingTheColumn(TestDatabase db) {
        ScenarioProject project = ordersWithRows(db);
        String before = db.dump();

        InProcessShale.Output generate = project.records("backfillordernull").run("generate", "--name", "fill");
        assertEquals(0, generate.exitCode(), generate.all());
        InProcessShale.Output migrate = project.run("migrate");

        assertEquals(3, migrate.exitCode(), migrate.all());
        assertTrue(migrate.err().contains("PostgreSQL: the fill CASE WHEN id % 2 = 0 THEN created_at END of column"
                + " public.orders.updated_at gave NULL for "), migrate.all());
        assertTrue(migrate.err().contains("(SQLSTATE 23502)"), migrate.all());
        assertEquals(before, db.dump());
        assertEquals(List.of("20261121093000|create_orders"), project.history());
    }

    @Test
    void aBackfillThatIsNotOneExpressionStopsGenerateAndWritesNothing(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp, db).records("backfillzonebefore");
        assertEquals(0, project.run("generate", "--name", "create_accounts").exitCode());
        Map<String, String> files = project.records("backfillbad").files();

        InProcessShale.Output generate = project.run("generate");

        assertEquals(2, generate.exitCode(), generate.all());
        assertTrue(generate.err().contains("dev.shale.cli.fixtures.backfillbad.Account.timezone: has @Backfill that"
                + " is not one SQL expression: a ; at character 6"), generate.all());
        assertTrue(generate.err().contains("write one expression without ;"), generate.all());
        assertTrue(generate.err().contains("nothing was written"), generate.all());
        assertEquals(files, project.files());
    }
}
