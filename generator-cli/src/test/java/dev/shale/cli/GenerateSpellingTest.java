package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.TestDatabase;
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

    @Test
    void aSpellingDatabaseThatIsNotEmptyIsNamedAsTheProblem() {
        try (TestDatabase db = TestDatabase.create()) {
            db.execute("CREATE TABLE registrations (id int)");
            TestProject project = new TestProject(dir).withFixture("driftscenario");
            Map<String, String> before = project.files();

            InProcessShale.Output run = InProcessShale.run(Map.of(InProcessShale.SPELLING_VARIABLE, db.jdbcUrl()),
                    java.time.Instant.parse("2026-11-21T09:30:00Z"), dir, "generate");

            assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
            assertTrue(run.err().contains("generate stopped, nothing was written: the spelling database already holds"
                    + " an object of the schema (relation \"registrations\" already exists)"), run.all());
            assertTrue(run.err().contains("point SHALE_SPELLING_DATABASE_URL or database.spellingUrl at an empty"
                    + " database"), run.all());
            assertEquals(before, project.files());
        }
    }
}
