package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale lint}: explicit files, the pending ones, every format, and the exit codes. */
class LintCommandTest {

    private static final String UNSAFE = """
            SET lock_timeout = '2s';
            CREATE INDEX orders_at ON orders (created_at);
            """;
    private static final String SAFE = """
            -- shale:step 1 non-transactional
            SET lock_timeout = '2s';
            SET statement_timeout = '0';
            CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_at ON orders (created_at);
            """;

    @TempDir
    Path temp;

    @Test
    void explicitFilesAndExitCodes() {
        TestProject project = new TestProject(temp);
        project.write("unsafe.sql", UNSAFE);
        project.write("safe.sql", SAFE);
        project.write("notes.sql", "CREATE TABLE notes (id integer PRIMARY KEY);\n");

        TestProject.Run unsafe = project.run("lint", "unsafe.sql");
        assertEquals(ExitCode.FINDINGS, unsafe.exitCode(), unsafe.err());
        assertTrue(unsafe.out().startsWith("unsafe.sql:2: error index-not-concurrent orders_at: CREATE INDEX on orders"
                + " without CONCURRENTLY\n"), unsafe.out());

        TestProject.Run safe = project.run("lint", "safe.sql");
        assertEquals(ExitCode.OK, safe.exitCode(), safe.out());
        assertEquals("1 file: 0 errors, 0 warnings, 0 notes unaccepted; 0 accepted.\n", safe.out());

        assertEquals(ExitCode.OK, project.run("lint", "notes.sql").exitCode());
        assertEquals(ExitCode.FINDINGS, project.run("lint", "--fail-on", "note", "notes.sql").exitCode());
        assertEquals(ExitCode.USAGE, project.run("lint", "--format", "yaml", "safe.sql").exitCode());
        assertEquals(ExitCode.USAGE, project.run("lint", "--fail-on", "fatal", "safe.sql").exitCode());
        TestProject.Run missing = project.run("lint", "missing.sql");
        assertEquals(ExitCode.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("cannot read missing.sql"), missing.err());
    }

    @Test
    void jsonSarifAndMarkdown() throws Exception {
        TestProject project = new TestProject(temp);
        project.write("unsafe.sql", UNSAFE);

        TestProject.Run json = project.run("lint", "--format", "json", "unsafe.sql");
        assertEquals(ExitCode.FINDINGS, json.exitCode());
        JsonNode report = new ObjectMapper().readTree(json.out());
        try (InputStream schema = LintCommandTest.class.getResourceAsStream("/dev/shale/lint/lint-report.schema.json")) {
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema)
                    .validate(report));
        }
        assertEquals("index-not-concurrent", report.get("findings").get(0).get("code").asText());

        TestProject.Run sarif = project.run("lint", "--format", "sarif", "unsafe.sql");
        JsonNode log = new ObjectMapper().readTree(sarif.out());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals("unsafe.sql", log.get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText());

        TestProject.Run markdown = project.run("lint", "--format", "markdown", "unsafe.sql");
        assertTrue(markdown.out().startsWith("## shale lint\n"), markdown.out());
    }

    @Test
    void withoutFilesAndWithoutADatabaseEveryMigrationOrThoseSince() {
        TestProject project = new TestProject(temp).withFixture("valid");
        project.write("migrations/20261121093000_first.sql", UNSAFE);
        project.write("migrations/20261121093000_first.down.sql", "DROP INDEX CONCURRENTLY IF EXISTS orders_at;\n");
        project.write("migrations/20261122093000_second.sql", SAFE);
        project.write("migrations/20261122093000_second.down.sql", "SELECT 1;\n");

        TestProject.Run every = project.run("lint");
        assertEquals(ExitCode.FINDINGS, every.exitCode(), every.err());
        assertTrue(every.out().startsWith("migrations/20261121093000_first.sql:2: error index-not-concurrent"),
                every.out());
        assertTrue(every.out().endsWith("2 files: 1 error, 0 warnings, 0 notes unaccepted; 0 accepted.\n"),
                every.out());

        TestProject.Run since = project.run("lint", "--since", "20261121093000");
        assertEquals(ExitCode.OK, since.exitCode(), since.out());
        assertTrue(since.out().startsWith("1 file:"), since.out());
        assertEquals(ExitCode.USAGE, project.run("lint", "--since", "yesterday").exitCode());
    }
}
