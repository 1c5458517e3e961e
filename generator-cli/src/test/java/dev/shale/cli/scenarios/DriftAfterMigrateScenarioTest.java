package dev.shale.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.DatabaseProject;
import dev.shale.cli.TestProject;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's report: {@code check --db} right after {@code migrate} reported drift for {@code between 1 and 10},
 * {@code status = 'CONFIRMED'}, {@code starts_at > '2026-01-01'} and {@code / 60} in a generated column, and a
 * migration run with the machine in Europe/Paris stored another instant in the predicate. Now: migrated in
 * Europe/Paris, on a table with rows, the database holds the UTC instant, and {@code check --db}, {@code diff}
 * and {@code push} in other zones see no difference.
 */
@ExtendWith(PostgresExtension.class)
class DriftAfterMigrateScenarioTest {

    @TempDir
    Path dir;

    @Test
    void checkAfterMigrateInParisFindsNoDriftInAnyZone(TestDatabase db) {
        new TestProject(dir).withFixture("driftscenario");
        DatabaseProject project = new DatabaseProject(dir, db);
        DatabaseProject.Run generated = DriftZones.in("Europe/Paris", () -> project.run("generate", "--name", "registrations"));
        assertEquals(0, generated.exitCode(), generated.all());
        DatabaseProject.Run migrated = DriftZones.in("Europe/Paris", () -> project.run("migrate"));
        assertEquals(0, migrated.exitCode(), migrated.all());
        db.execute("INSERT INTO registrations (event_id, status, rating, starts_at, ends_at)"
                + " SELECT i % 7, (ARRAY['PENDING', 'CONFIRMED', 'CANCELLED'])[1 + i % 3]::registration_status,"
                + " 1 + i % 10, timestamptz '2026-02-01 10:00+00' + i * interval '1 hour',"
                + " timestamptz '2026-02-01 10:00+00' + i * interval '1 hour' + interval '90 minutes'"
                + " FROM generate_series(1, 3000) AS i");

        // a custom migration after it: its snapshot keeps the schema and PostgreSQL's spelling
        assertEquals(0, project.run("create", "touch_registrations").exitCode());
        assertEquals(0, project.run("migrate").exitCode());

        for (String zone : List.of("UTC", "America/New_York", "Asia/Kolkata", "Europe/Paris")) {
            DatabaseProject.Run check = DriftZones.in(zone, () -> project.run("check", "--db"));
            assertEquals(0, check.exitCode(), zone + ": " + check.all());
            assertTrue(check.out().contains("no drift."), check.all());
            DatabaseProject.Run diff = DriftZones.in(zone,
                    () -> project.run("diff", "--from", db.jdbcUrl(), "--to", "records", "--exit-code"));
            assertEquals(0, diff.exitCode(), zone + ": " + diff.all());
            DatabaseProject.Run push = DriftZones.in(zone, () -> project.run("push", "--dry-run"));
            assertTrue(push.out().startsWith("Nothing to push"), zone + ": " + push.all());
        }

        // verify builds each snapshot in a reference database under the same pinned settings as migrate
        DatabaseProject.Run verify = DriftZones.in("Asia/Kolkata", () -> project.run("verify", "--dev-url", db.jdbcUrl()));
        assertEquals(0, verify.exitCode(), verify.all());

        assertEquals(List.of("3000", "90"), List.of(db.firstColumn("SELECT count(*) FROM registrations").get(0),
                db.firstColumn("SELECT DISTINCT duration_minutes FROM registrations").get(0)));
        // the predicate's instant is midnight UTC, not midnight in Paris (23:00 UTC the day before)
        db.execute("INSERT INTO registrations (event_id, starts_at, ends_at)"
                + " VALUES (1, '2026-01-01 00:00:01+00', '2026-01-01 01:00+00')");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> db.execute("INSERT INTO registrations (event_id, starts_at, ends_at)"
                + " VALUES (1, '2025-12-31 23:30:00+00', '2026-01-01 01:00+00')"));
        assertTrue(String.valueOf(refused.getMessage()).contains("violates check constraint \"registrations_check\""),
                String.valueOf(refused.getMessage()));
    }
}
