package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What migrate, status and the settings show of files of several steps and of lock-timeout retries. */
@ExtendWith(PostgresExtension.class)
class MigrateStepsCommandTest {

    @TempDir
    Path dir;

    private static final String STEPS = """
            -- shale:hazard index-not-concurrent error public.t_a
            -- shale:step 1 transactional
            ALTER TABLE t ADD COLUMN b int;
            -- shale:step 2 non-transactional
            DO $$ BEGIN IF NOT EXISTS (SELECT FROM gate) THEN RAISE EXCEPTION 'gate closed'; END IF; END $$;
            CREATE INDEX CONCURRENTLY t_a ON t (a);
            """;

    private DatabaseProject project(TestDatabase db) {
        return new DatabaseProject(dir, db)
                .up("20260101000001", "t", "CREATE TABLE t (a int);\nINSERT INTO t SELECT generate_series(1, 100);\n"
                        + "CREATE TABLE gate (open boolean);")
                .up("20260101000002", "steps", STEPS);
    }

    @Test
    void dryRunShowsTheStepsAndStatusAPartlyAppliedMigration(TestDatabase db) throws Exception {
        DatabaseProject project = project(db);
        DatabaseProject.Run dryRun = project.run("migrate", "--dry-run");
        assertEquals(ExitCode.OK, dryRun.exitCode(), dryRun.all());
        assertTrue(dryRun.out().contains("-- migrations/20260101000002_steps.sql, step 2 of 2, non-transactional"
                + " (hazards: none)\n-- hazard: index-not-concurrent error public.t_a\n"), dryRun.all());

        DatabaseProject.Run json = project.run("migrate", "--dry-run", "--format", "json");
        assertEquals(ExitCode.OK, json.exitCode(), json.all());
        JsonNode planned = new ObjectMapper().readTree(json.out()).get("planned");
        assertEquals(2, planned.size(), json.all());
        assertEquals("20260101000002", planned.get(1).get("version").asText());
        assertFalse(planned.get(1).get("transactional").asBoolean());
        assertEquals("[{\"step\":\"step 1 of 2, transactional\",\"transactional\":true},{\"step\":\"step 2 of 2,"
                + " non-transactional\",\"transactional\":false}]", planned.get(1).get("steps").toString());

        DatabaseProject.Run failed = project.run("migrate");
        assertEquals(ExitCode.DATABASE, failed.exitCode(), failed.all());
        DatabaseProject.Run status = project.run("status");
        assertTrue(status.out().contains("pending (partial: step 1 of 2)"), status.all());

        db.execute("INSERT INTO gate VALUES (true)");
        DatabaseProject.Run resumed = project.run("migrate");
        assertEquals(ExitCode.OK, resumed.exitCode(), resumed.all());
        assertEquals(List.of("20260101000001|t|1", "20260101000002|steps|2"), project.history());
        assertFalse(project.run("status").out().contains("partial"));
    }

    @Test
    void lockRetriesComeFromShaleYamlTheEnvironmentAndFlagsAndEachIsReported(TestDatabase db) throws Exception {
        DatabaseProject project = project(db);
        assertEquals(ExitCode.OK, project.run("migrate", "--to", "20260101000001").exitCode());
        db.execute("INSERT INTO gate VALUES (true)");
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  lockRetries: 2\n  lockRetryBackoff: 20ms\n");
        try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");

            DatabaseProject.Run fromYaml = project.run("migrate", "--lock-timeout", "100ms");
            assertEquals(ExitCode.DATABASE, fromYaml.exitCode(), fromYaml.all());
            assertTrue(fromYaml.err().contains("warning: lock timeout in migrations/20260101000002_steps.sql (step 1 of"
                    + " 2): retry 1 of 2 in "), fromYaml.all());
            assertTrue(fromYaml.err().contains("(step 1 of 2): retry 2 of 2 in "), fromYaml.all());
            assertTrue(fromYaml.err().contains("Gave up after 2 retries (database.lockRetries)."), fromYaml.all());
            assertTrue(fromYaml.err().contains("LOCK_TIMEOUT"), fromYaml.all());

            project.environment().put("SHALE_LOCK_RETRIES", "0");
            DatabaseProject.Run fromEnvironment = project.run("migrate", "--lock-timeout", "100ms");
            assertEquals(ExitCode.DATABASE, fromEnvironment.exitCode(), fromEnvironment.all());
            assertFalse(fromEnvironment.err().contains("warning: lock timeout"), fromEnvironment.all());

            DatabaseProject.Run fromFlag = project.run("migrate", "--lock-timeout", "100ms", "--lock-retries", "1",
                    "--lock-retry-backoff", "10ms");
            assertEquals(1, fromFlag.err().lines().filter(l -> l.startsWith("warning: lock timeout")).count(),
                    fromFlag.all());
            blocker.rollback();
        }
        assertEquals(List.of("20260101000001|t|1"), project.history());
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  lockRetries: many\n");
        project.environment().remove("SHALE_LOCK_RETRIES");
        DatabaseProject.Run bad = project.run("migrate");
        assertEquals(ExitCode.USAGE, bad.exitCode(), bad.all());
        assertTrue(bad.err().contains("shale.yaml:2:16: database.lockRetries must be a count (a whole number such as 5), not \"many\""),
                bad.all());
        assertEquals(List.of("20260101000001|t|1"), project.history());
    }
}
