package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} obtains PostgreSQL's spelling of the records' expressions, and stops when PostgreSQL refuses one. */
class GenerateSpellingTest {

    @TempDir
    Path dir;

    @Test
    void anExpressionPostgresqlRefusesStopsGenerateNamingTheClassTheAnnotationAndPostgresqlsMessage() {
        TestProject project = new TestProject(dir).withFixture("badexpression");
        Map<String, String> before = project.files();

        TestProject.Run run = project.run("generate");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("generate stopped, nothing was written: PostgreSQL refused"
                + " dev.shale.cli.fixtures.badexpression.Gadget: the @Check gadgets_weight_check on table gadgets:"
                + " column \"weight_grams\" does not exist"), run.err());
        assertTrue(run.err().contains("fix the SQL of @Check so that PostgreSQL accepts it"), run.err());
        assertEquals(before, project.files());
    }

    @Test
    void theSnapshotKeepsBothSpellingsBesideEachOther() {
        TestProject project = new TestProject(dir).withFixture("driftscenario");

        TestProject.Run run = project.run("generate", "--name", "registrations");

        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
        String snapshot = project.read("snapshots/20261121093000_registrations.json");
        assertTrue(snapshot.contains("""
                  "postgresSpelling": [
                    {
                      "schema": "public",
                      "table": "registrations",
                      "kind": "default",
                      "column": "status",
                      "declared": "'PENDING'",
                      "postgres": "'PENDING'"
                    },
                    {
                      "schema": "public",
                      "table": "registrations",
                      "kind": "generated",
                      "column": "duration_minutes",
                      "declared": "extract(epoch from ends_at - starts_at) / 60",
                      "postgres": "EXTRACT(epoch FROM ends_at - starts_at) / 60::numeric"
                    },
                """), snapshot);
        assertTrue(snapshot.contains("""
                      "kind": "check",
                      "check": "registrations_rating_check",
                      "declared": "rating between 1 and 10",
                      "postgres": "rating >= 1 AND rating <= 10"
                """), snapshot);
        assertTrue(snapshot.contains("""
                      "declared": "starts_at > '2026-01-01'",
                      "postgres": "starts_at > '2026-01-01 00:00:00+00'::timestamp with time zone"
                """), snapshot);
        assertTrue(snapshot.contains("""
                      "declared": "status = 'CONFIRMED'",
                      "postgres": "status = 'CONFIRMED'::registration_status"
                """), snapshot);
    }

    @Test
    void whatUsesAnObjectTheScratchDatabaseLacksIsLeftWithoutSpellingAndSaidSo() {
        TestProject project = new TestProject(dir).withFixture("extensiontype");

        TestProject.Run run = project.run("generate", "--name", "contacts");

        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("generate: PostgreSQL's spelling of some expressions could not be obtained,"
                + " since the scratch database lacks objects the schema uses"), run.err());
        assertTrue(run.err().contains("CREATE TABLE public.contacts (: type \"citext\" does not exist"), run.err());
        String snapshot = project.read("snapshots/20261121093000_contacts.json");
        assertTrue(snapshot.contains("\"postgres\": \"minutes >= 1 AND minutes <= 600\""), snapshot);
        assertTrue(!snapshot.contains("\"table\": \"contacts\""), snapshot);
    }
}
