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
 * Issue scenario: a column {@code long amountCents} dropped from a table with a few thousand rows. Its down adds
 * the NOT NULL column back; rollback refuses it up front, naming the column and the row count, and with
 * {@code --force} it succeeds, the rows getting 0, and the table takes inserts again.
 */
@ExtendWith(PostgresExtension.class)
class DownsDroppedColumnScenarioTest {

    private static final String DOWN = "migrations/20261121093100_drop_amount.down.sql";

    @TempDir
    Path temp;

    @Test
    void rollbackRefusesUpFrontThenSucceedsWithForce(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp, db).records("downspayments");
        assertEquals(ExitCode.OK, project.run("generate", "--name", "payments").exitCode());
        project.records("downspaymentsdropped");
        InProcessShale.Output generated = project.run("generate", "--name", "drop_amount");
        assertEquals(ExitCode.OK, generated.exitCode(), generated.all());
        assertTrue(generated.out().contains("The down cannot restore (rollback refuses it where the table has rows,"
                + " unless --force):\n  Adding back NOT NULL column public.payments.amount_cents cannot restore its"
                + " values: existing rows get 0.\n"), generated.all());
        String down = project.read(DOWN);
        assertTrue(down.contains("-- shale:cannot-restore column public.payments.amount_cents\n"), down);
        assertTrue(down.contains("--   cannot restore: Adding back NOT NULL column public.payments.amount_cents cannot"
                + " restore its values: existing rows get 0.\n"), down);
        assertTrue(down.contains("ALTER TABLE public.payments ADD COLUMN amount_cents bigint DEFAULT 0 NOT NULL;\n"
                + "ALTER TABLE public.payments ALTER COLUMN amount_cents DROP DEFAULT;\n"), down);

        assertEquals(ExitCode.OK, project.run("migrate", "--to", "20261121093000").exitCode());
        project.query("INSERT INTO payments (payer, amount_cents) SELECT 'payer ' || i, i * 100"
                + " FROM generate_series(1, 3000) AS i RETURNING 1");
        InProcessShale.Output migrated = project.run("migrate", "--allow-data-loss");
        assertEquals(ExitCode.OK, migrated.exitCode(), migrated.all());

        InProcessShale.Output refused = project.run("rollback");
        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertEquals("error: " + DOWN + " cannot restore the values of column public.payments.amount_cents (dropped"
                + " by its up migration): it adds the NOT NULL column back to table public.payments, which holds 3,000"
                + " rows. Nothing was run.\n  fix: if made-up values in those rows are acceptable (the file's header"
                + " says what they get), take a backup and roll back with --force (force); to get the values back,"
                + " restore them from a backup instead\n", refused.err());
        assertEquals(2, project.history().size());
        assertEquals(List.of("0"), project.query("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'payments' AND column_name = 'amount_cents'"));

        InProcessShale.Output forced = project.run("rollback", "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.all());
        assertEquals(1, project.history().size());
        assertEquals(List.of("3000|0|0"), project.query("SELECT count(*) || '|' || min(amount_cents) || '|'"
                + " || max(amount_cents) FROM payments"));
        assertEquals(List.of("NO|"), project.query("SELECT is_nullable || '|' || coalesce(column_default, '')"
                + " FROM information_schema.columns WHERE table_name = 'payments' AND column_name = 'amount_cents'"));
        assertEquals(List.of("3001"), project.query("INSERT INTO payments (payer, amount_cents) VALUES ('new', 250)"
                + " RETURNING id"));
    }
}
