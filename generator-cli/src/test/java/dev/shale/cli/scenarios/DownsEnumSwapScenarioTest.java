package dev.shale.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Issue scenario: an enum value removed while a partial index says {@code status = 'CONFIRMED'} (and a check, a
 * default and a generated column mention the type), on a table with a few thousand rows: generate, migrate and
 * rollback all succeed and keep every row; so do a migration that adds a value and its down.
 */
@ExtendWith(PostgresExtension.class)
class DownsEnumSwapScenarioTest {

    private static final String REMOVED = "migrations/20261121093100_remove_waitlisted.sql";
    private static final String ROWS = "SELECT count(*) || '|' || count(*) FILTER (WHERE status = 'CONFIRMED')"
            + " || '|' || count(*) FILTER (WHERE confirmed) || '|' || sum(hashtext(id || status::text))"
            + " FROM registrations";
    private static final String PARTIAL = "SELECT indexdef FROM pg_indexes WHERE indexname = 'registrations_confirmed_idx'";
    private static final String LABELS = "SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum"
            + " WHERE enumtypid = 'registration_status'::regtype";

    @TempDir
    Path temp;

    private static void ok(InProcessShale.Output output) {
        assertEquals(ExitCode.OK, output.exitCode(), output.all());
    }

    @Test
    void removedAndAddedValuesMigrateAndRollBackOnRows(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp, db).records("downsregistrations");
        ok(project.run("generate", "--name", "registrations"));
        ok(project.records("downsregistrationsremoved").run("generate", "--name", "remove_waitlisted"));
        ok(project.records("downsregistrationsadded").run("generate", "--name", "add_no_show"));
        String up = project.read(REMOVED);
        assertTrue(up.contains("DROP INDEX CONCURRENTLY IF EXISTS public.registrations_confirmed_idx;"), up);
        assertTrue(up.contains("ALTER TABLE public.registrations DROP COLUMN confirmed;"), up);

        ok(project.run("migrate", "--to", "20261121093000"));
        project.query("INSERT INTO registrations (event_id, status) SELECT 1 + i % 40,"
                + " (ARRAY['PENDING', 'CONFIRMED', 'CANCELLED'])[1 + i % 3]::registration_status"
                + " FROM generate_series(1, 3000) AS i RETURNING 1");
        List<String> rows = project.query(ROWS);
        assertEquals("3000|1000|1000", rows.get(0).substring(0, rows.get(0).lastIndexOf('|')));
        List<String> partial = project.query(PARTIAL);

        // the value is removed: the swap rebuilds the partial index, the check and the generated column
        ok(project.run("migrate", "--to", "20261121093100"));
        assertEquals(rows, project.query(ROWS));
        assertEquals(partial, project.query(PARTIAL));
        assertEquals(List.of("PENDING,CONFIRMED,CANCELLED"), project.query(LABELS));

        // and rolled back: the down swaps the type back with the same dependents
        ok(project.run("rollback"));
        assertEquals(rows, project.query(ROWS));
        assertEquals(partial, project.query(PARTIAL));
        assertEquals(List.of("PENDING,CONFIRMED,WAITLISTED,CANCELLED"), project.query(LABELS));

        // the migration that adds a value, and its down (a swap removing it)
        ok(project.run("migrate"));
        assertEquals(List.of("PENDING,CONFIRMED,CANCELLED,NO_SHOW"), project.query(LABELS));
        project.query("INSERT INTO registrations (event_id, status) VALUES (7, 'NO_SHOW') RETURNING 1");
        project.query("DELETE FROM registrations WHERE status = 'NO_SHOW' RETURNING 1");
        ok(project.run("rollback", "--steps", "1"));
        assertEquals(rows, project.query(ROWS));
        assertEquals(partial, project.query(PARTIAL));
        assertEquals(List.of("PENDING,CONFIRMED,CANCELLED"), project.query(LABELS));
        assertEquals(List.of("3002"), project.query("INSERT INTO registrations (event_id) VALUES (1) RETURNING id"));
    }
}
