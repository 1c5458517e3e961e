package dev.shale.cli.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.DatabaseProject;
import dev.shale.cli.TestProject;
import dev.shale.model.PostgresSpellings;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The drift corpus (fixtures {@code driftcorpus}: 64 expressions as people write them, in {@code @Check},
 * {@code @Index(where)}, {@code @Index(expressions)}, {@code @Generated} and {@code @Default}): generated and
 * migrated with the JVM (so the driver's session) in one zone, with rows inserted; then {@code check --db},
 * {@code diff} and {@code push} in the other zone see no difference.
 */
@ExtendWith(PostgresExtension.class)
class DriftCorpusTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "migrate in {0}, check in {1}")
    @CsvSource({"UTC, Asia/Kolkata", "Asia/Kolkata, UTC"})
    void noFalseDriftWhateverTheSpellingAndTheZone(String migrateZone, String checkZone, TestDatabase db)
            throws IOException {
        new TestProject(dir).withFixture("driftcorpus");
        DatabaseProject project = new DatabaseProject(dir, db);

        DatabaseProject.Run generated = DriftZones.in(migrateZone, () -> project.run("generate", "--name", "corpus"));
        assertEquals(0, generated.exitCode(), generated.all());
        DatabaseProject.Run migrated = DriftZones.in(migrateZone, () -> project.run("migrate"));
        assertEquals(0, migrated.exitCode(), migrated.all());
        db.execute("INSERT INTO bookings (starts_at, ends_at, email, code, title, price, note)"
                        + " VALUES ('2026-03-01 10:00+00', '2026-03-01 12:30+00', 'a@example.com', 'BK-1', 'Talk', 120, 'n')",
                "INSERT INTO bookings (status, starts_at, ends_at, code, seats, discount)"
                        + " VALUES ('CONFIRMED', '2026-04-01 08:00+00', '2026-04-01 09:00+00', 'BK-2', 3, 5)",
                "INSERT INTO shifts (starts_at) VALUES ('2026-02-02 10:00+00')",
                "INSERT INTO shifts DEFAULT VALUES");

        Snapshot snapshot = snapshot(dir);
        int expressions = PostgresSpellings.sites(snapshot.schema()).size();
        assertTrue(expressions >= 60, "the corpus holds " + expressions + " expressions");
        assertEquals(expressions, snapshot.postgresSpelling().entries().size(),
                "every expression has PostgreSQL's spelling in the snapshot");
        assertTrue(snapshot.postgresSpelling().entries().stream().anyMatch(e -> e.declared()
                .equals("priority between 1 and 10") && e.postgres().equals("priority >= 1 AND priority <= 10")),
                snapshot.postgresSpelling().toString());

        DatabaseProject.Run check = DriftZones.in(checkZone, () -> project.run("check", "--db"));
        assertEquals(0, check.exitCode(), check.all());
        assertTrue(check.out().contains("no drift."), check.all());

        DatabaseProject.Run diffTo = DriftZones.in(checkZone,
                () -> project.run("diff", "--from", db.jdbcUrl(), "--to", "records", "--exit-code"));
        assertEquals(0, diffTo.exitCode(), diffTo.all());
        DatabaseProject.Run diffFrom = DriftZones.in(checkZone,
                () -> project.run("diff", "--from", "latest", "--to", db.jdbcUrl(), "--exit-code"));
        assertEquals(0, diffFrom.exitCode(), diffFrom.all());

        DatabaseProject.Run push = DriftZones.in(checkZone, () -> project.run("push", "--dry-run"));
        assertEquals(0, push.exitCode(), push.all());
        assertTrue(push.out().startsWith("Nothing to push"), push.all());

        assertEquals(List.of("2", "2"), List.of(db.firstColumn("SELECT count(*) FROM bookings").get(0),
                db.firstColumn("SELECT count(*) FROM shifts").get(0)));

        // a real change of an expression is still drift
        db.execute("ALTER TABLE bookings DROP CONSTRAINT bookings_priority_check,"
                + " ADD CONSTRAINT bookings_priority_check CHECK (priority >= 1 AND priority <= 9)");
        DatabaseProject.Run drifted = DriftZones.in(checkZone, () -> project.run("check", "--db"));
        assertEquals(7, drifted.exitCode(), drifted.all());
        assertTrue(drifted.out().contains("  - check bookings_priority_check on bookings: expression is priority >= 1"
                + " AND priority <= 9 in the database, priority >= 1 AND priority <= 10 in the snapshot"), drifted.all());
        assertTrue(drifted.out().contains("1 object drifted"), drifted.all());
    }

    /** The one snapshot the project has. */
    static Snapshot snapshot(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("snapshots"))) {
            Path file = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
            return SnapshotJson.read(Files.readString(file), file.getFileName().toString());
        }
    }
}
