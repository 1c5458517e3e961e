package dev.shale.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.ExitCode;
import dev.shale.cli.InProcessShale;
import dev.shale.cli.TestProject;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue scenario: a view made by hand reads a column the records then drop. {@code generate}, with the database
 * configured, warns that the new migration will fail on it, naming the view, the column and the file; {@code migrate
 * --dry-run} warns the same; {@code migrate} fails on it and the rows stay. Without a database, generate says nothing.
 */
@ExtendWith(PostgresExtension.class)
class GenerateDependentsScenarioTest {

    private static final String FILE = "migrations/20261121093200_drop_amount.sql";
    private static final String WARNING = "warning: view public.payment_totals depends on column"
            + " public.payments.amount_cents, which " + FILE + " drops: the migration will fail (PostgreSQL does not"
            + " drop what other objects depend on); drop or change the view first, in the migration\n";

    @TempDir
    Path temp;

    @Test
    void generateWarnsOfAViewOnTheDroppedColumn(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp.resolve("db"), db).records("downspayments");
        assertEquals(ExitCode.OK, project.run("generate", "--name", "payments").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        db.execute("INSERT INTO payments (payer, amount_cents) SELECT 'payer ' || (i % 3), i * 100"
                        + " FROM generate_series(1, 30) AS i",
                "CREATE VIEW payment_totals AS SELECT payer, sum(amount_cents) AS total FROM payments GROUP BY payer");

        project.records("downspaymentsdropped");
        InProcessShale.Output generated = project.run("generate", "--name", "drop_amount");
        assertEquals(ExitCode.OK, generated.exitCode(), generated.all());
        assertTrue(generated.err().contains(WARNING), generated.all());

        InProcessShale.Output dryRun = project.run("migrate", "--dry-run", "--allow-data-loss");
        assertTrue(dryRun.err().contains(WARNING), dryRun.all());
        InProcessShale.Output migrate = project.run("migrate", "--allow-data-loss");
        assertFalse(migrate.exitCode() == ExitCode.OK, migrate.all());
        assertEquals(List.of("30"), project.query("SELECT count(*) FROM payments"));
        assertEquals(List.of("3"), project.query("SELECT count(*) FROM payment_totals"));
    }

    @Test
    void withoutADatabaseGenerateLooksNothingUp() {
        TestProject project = new TestProject(temp.resolve("nodb")).withFixture("downspayments");
        assertEquals(ExitCode.OK, project.run("generate", "--name", "payments").exitCode());
        project.withFixture("downspaymentsdropped");
        TestProject.Run generated = project.run("generate", "--name", "drop_amount");
        assertEquals(ExitCode.OK, generated.exitCode(), generated.out() + generated.err());
        assertFalse(generated.err().contains("depends on"), generated.err());
    }
}
