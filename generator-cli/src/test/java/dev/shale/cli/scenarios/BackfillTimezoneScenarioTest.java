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
 * Issue 10, first case: {@code @NotNull String timezone} added to a table with a few thousand rows. Without a
 * backfill, {@code generate} says in its output and in the header that the migration fails on rows, and why, and
 * the failed apply advises a way out that works; with {@code @Backfill("'UTC'")} generate and migrate succeed,
 * every row holds 'UTC', and the rollback drops the column again.
 */
@ExtendWith(PostgresExtension.class)
class BackfillTimezoneScenarioTest {

    private static final int ROWS = 3000;
    private static final String ADD = "20261121093200_add_timezone";
    private static final String FAILS_ON_ROWS = "fails-on-rows (error, fails on rows) public.accounts.timezone:"
            + " Adding column public.accounts.timezone NOT NULL"
            + " without a default fails if public.accounts has rows: nothing gives them a value. Declare"
            + " @Backfill(\"...\") (a SQL expression for the existing rows) or @Default(...) on it and run shale"
            + " generate again; or, to prepare the data by hand: discard this migration (shale discard), write a data"
            + " migration (shale create NAME), then run shale generate again.";
    private static final String SAFER = "safer: Declare a default or @Backfill, or fill the rows in a data migration"
            + " before this one.";

    @TempDir
    Path temp;

    /** accounts(id, email) created and migrated, then filled with {@link #ROWS} rows. */
    private ScenarioProject accountsWithRows(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp, db).records("backfillzonebefore");
        InProcessShale.Output first = project.run("generate", "--name", "create_accounts");
        assertEquals(0, first.exitCode(), first.all());
        InProcessShale.Output migrate = project.run("migrate");
        assertEquals(0, migrate.exitCode(), migrate.all());
        db.execute("INSERT INTO accounts (id, email) SELECT i, 'user' || i || '@example.com'"
                + " FROM generate_series(1, " + ROWS + ") AS i");
        return project;
    }

    @Test
    void withoutBackfillGenerateSaysItFailsOnRowsAndTheApplyAdvisesAWayOutThatWorks(TestDatabase db) {
        ScenarioProject project = accountsWithRows(db);

        InProcessShale.Output generate = project.records("backfillzonebare").run("generate", "--name", "add_timezone");

        assertEquals(0, generate.exitCode(), generate.all());
        assertTrue(generate.out().contains("Hazards (also in the migration's header):\n  " + FAILS_ON_ROWS + "\n    "
                + SAFER + "\n  not-null-without-default (warning, backward incompatible) public.accounts.timezone: The"
                + " release still running inserts rows into public.accounts without column timezone, which is NOT NULL"
                + " without a default: those inserts fail.\n"), generate.all());
        String up = project.read("migrations/" + ADD + ".sql");
        assertTrue(up.contains("-- shale:hazards backward-incompatible,fails-on-rows\n"
                + "-- shale:hazard fails-on-rows error public.accounts.timezone\n"
                + "-- shale:hazard not-null-without-default warning public.accounts.timezone\n"), up);
        assertTrue(up.contains("-- Hazards:\n--   " + FAILS_ON_ROWS + "\n--     " + SAFER + "\n"), up);
        assertTrue(up.endsWith("\nALTER TABLE public.accounts ADD COLUMN timezone text NOT NULL;\n"), up);

        InProcessShale.Output refused = project.run("migrate");

        assertEquals(ExitCode.DATA_CHECK, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("public.accounts holds 3,000 rows and column timezone is added NOT NULL"
                + " without a default"), refused.all());
        assertTrue(refused.err().contains("discard it while no database has applied it (shale discard)"),
                refused.all());
        assertEquals(List.of("20261121093000|create_accounts"), project.history());

        // without the pre-flight checks, PostgreSQL refuses it and the runner gives the same way out
        InProcessShale.Output failed = project.run("migrate", "--skip-data-checks");

        assertEquals(3, failed.exitCode(), failed.all());
        assertTrue(failed.err().contains("(SQLSTATE 23502)"), failed.all());
        assertTrue(failed.err().contains("CONSTRAINT_VIOLATION: existing rows violate the constraint: discard this"
                + " unapplied migration (shale discard), fix the data in a migration of its own (shale create NAME),"
                + " then run shale generate again; for a column turning NOT NULL, declare @Backfill(\"...\") on it (or"
                + " a @Default) and generate again."), failed.all());
        assertEquals(List.of("20261121093000|create_accounts"), project.history());
        assertEquals("0", project.value("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'accounts' AND column_name = 'timezone'"));
        assertEquals(String.valueOf(ROWS), project.value("SELECT count(*) FROM accounts"));

        // the advice, followed: discard the unapplied migration, declare the backfill, generate again
        project.discard(ADD);
        InProcessShale.Output again = project.records("backfillzoneutc").run("generate", "--name", "add_timezone");
        assertEquals(0, again.exitCode(), again.all());
        InProcessShale.Output migrate = project.run("migrate");
        assertEquals(0, migrate.exitCode(), migrate.all());
        assertEquals(String.valueOf(ROWS), project.value("SELECT count(*) FROM accounts WHERE timezone = 'UTC'"));
    }

    @Test
    void withBackfillEveryRowHoldsUtcAndTheRollbackWorks(TestDatabase db) {
        ScenarioProject project = accountsWithRows(db);
        String before = project.value("SELECT md5(string_agg(id || ':' || email, ',' ORDER BY id)) FROM accounts");

        InProcessShale.Output generate = project.records("backfillzoneutc").run("generate", "--name", "add_timezone");

        assertEquals(0, generate.exitCode(), generate.all());
        assertTrue(generate.out().startsWith("Generated 1 change (6 statements):\n  add column public.accounts.timezone,"
                + " existing rows filled with 'UTC' in batches of 10000 inside this migration's transaction (the table"
                + " stays locked until it commits)\n"), generate.all());
        assertTrue(!generate.out().contains("fails on rows"), generate.all());
        String up = project.read("migrations/" + ADD + ".sql");
        assertTrue(up.contains("-- shale:hazards backward-incompatible,table-rewrite\n"
                + "-- shale:hazard backfill-rewrite warning public.accounts.timezone\n"
                + "-- shale:hazard not-null-without-default warning public.accounts.timezone\n"), up);
        assertTrue(up.contains("\nALTER TABLE public.accounts ADD COLUMN timezone text;\nDO $shale_fill$\n"), up);
        assertTrue(up.endsWith("\nALTER TABLE public.accounts ALTER COLUMN timezone SET NOT NULL;\n"
                + "ALTER TABLE public.accounts DROP CONSTRAINT accounts_timezone_not_null_check;\n"), up);
        assertTrue(project.read("migrations/" + ADD + ".down.sql")
                .endsWith("\nALTER TABLE public.accounts DROP COLUMN timezone;\n"));

        InProcessShale.Output migrate = project.run("migrate");

        assertEquals(0, migrate.exitCode(), migrate.all());
        assertEquals(String.valueOf(ROWS), project.value("SELECT count(*) FROM accounts"));
        assertEquals(String.valueOf(ROWS), project.value("SELECT count(*) FROM accounts WHERE timezone = 'UTC'"));
        assertEquals("NO", project.value("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'accounts' AND column_name = 'timezone'"));
        assertEquals(before, project.value("SELECT md5(string_agg(id || ':' || email, ',' ORDER BY id)) FROM accounts"));

        // once the snapshot has the column NOT NULL, the backfill is inert
        InProcessShale.Output unchanged = project.run("generate");
        assertEquals(0, unchanged.exitCode(), unchanged.all());
        assertTrue(unchanged.out().startsWith("No changes"), unchanged.all());
        InProcessShale.Output check = project.run("check", "--db");
        assertEquals(0, check.exitCode(), check.all());

        // the down drops the filled column: the data-loss gate asks for --force, as for any dropped column with values
        InProcessShale.Output rollback = project.run("rollback", "--force");

        assertEquals(0, rollback.exitCode(), rollback.all());
        assertEquals(List.of("20261121093000|create_accounts"), project.history());
        assertEquals("0", project.value("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'accounts' AND column_name = 'timezone'"));
        assertEquals(before, project.value("SELECT md5(string_agg(id || ':' || email, ',' ORDER BY id)) FROM accounts"));

        // and it applies again after the rollback
        InProcessShale.Output reapplied = project.run("migrate");
        assertEquals(0, reapplied.exitCode(), reapplied.all());
        assertEquals(String.valueOf(ROWS), project.value("SELECT count(*) FROM accounts WHERE timezone = 'UTC'"));
    }
}
