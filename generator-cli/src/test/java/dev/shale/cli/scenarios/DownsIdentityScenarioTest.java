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
 * Issue scenario: an identity dropped and rolled back on a table with a few thousand rows. The down's identity
 * numbers on after the largest value, so the next insert gets max + 1, not 1 and a duplicate key.
 */
@ExtendWith(PostgresExtension.class)
class DownsIdentityScenarioTest {

    @TempDir
    Path temp;

    private static void ok(InProcessShale.Output output) {
        assertEquals(ExitCode.OK, output.exitCode(), output.all());
    }

    @Test
    void theNextInsertAfterRollbackGetsMaxPlusOne(TestDatabase db) {
        ScenarioProject project = new ScenarioProject(temp, db).records("downstickets");
        ok(project.run("generate", "--name", "tickets"));
        ok(project.records("downsticketsplain").run("generate", "--name", "drop_identity"));
        String down = project.read("migrations/20261121093100_drop_identity.down.sql");
        assertTrue(down.contains("SELECT setval(pg_get_serial_sequence('public.tickets', 'id'),"
                + " greatest(max(id) + 1, 1), false) FROM public.tickets;"), down);

        ok(project.run("migrate", "--to", "20261121093000"));
        project.query("INSERT INTO tickets (title) SELECT 'ticket ' || i FROM generate_series(1, 3000) AS i RETURNING 1");
        ok(project.run("migrate"));
        project.query("INSERT INTO tickets (id, title) VALUES (4200, 'numbered by hand') RETURNING 1");

        ok(project.run("rollback"));

        assertEquals(List.of("4201"), project.query("INSERT INTO tickets (title) VALUES ('next') RETURNING id"));
        assertEquals(List.of("4202"), project.query("INSERT INTO tickets (title) VALUES ('after') RETURNING id"));
        assertEquals(List.of("3003"), project.query("SELECT count(*) FROM tickets"));
        ok(project.run("check", "--db"));
    }
}
