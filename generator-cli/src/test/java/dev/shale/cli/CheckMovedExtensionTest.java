package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code shale check --db} on a database whose extension was moved to another schema by hand: drift, not a crash. */
@ExtendWith(PostgresExtension.class)
class CheckMovedExtensionTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"crm", "util"})
    void aMovedExtensionIsDriftNamingBothSchemasAndTheFix(String schema, TestDatabase db) {
        new TestProject(dir).withFixture("extensionmoved");
        DatabaseProject project = new DatabaseProject(dir, db);
        assertEquals(ExitCode.OK, project.run("generate", "--name", "create_contacts").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        db.execute("INSERT INTO contacts VALUES (1, 'Ann@Example.com')", "CREATE SCHEMA IF NOT EXISTS " + schema,
                "ALTER EXTENSION citext SET SCHEMA " + schema);

        DatabaseProject.Run run = project.run("check", "--db", "--format", "json");
        JsonNode json = MigrateCommandTest.parse(run.out());

        assertEquals(7, run.exitCode(), run.all());
        assertEquals("DRIFT", json.get("outcome").asText());
        List<String> messages = new ArrayList<>();
        json.get("drift").forEach(d -> messages.add(d.get("message").asText()));
        assertEquals(List.of("extension citext is in schema " + schema + " in the database, public in the snapshot:"
                + " move it back with ALTER EXTENSION citext SET SCHEMA public (its types, functions and operators"
                + " move with it), or, if the move was meant, make it in a migration of its own and declare"
                + " @Extension(value = \"citext\", schema = \"" + schema + "\")"), messages, run.all());
        List<String> fix = new ArrayList<>();
        json.get("fixSql").forEach(f -> fix.add(f.asText()));
        assertEquals(List.of("ALTER EXTENSION citext SET SCHEMA public"), fix);

        db.execute(fix);
        DatabaseProject.Run again = project.run("check", "--db");
        assertEquals(ExitCode.OK, again.exitCode(), again.all());
        assertEquals(List.of("1"), db.firstColumn("SELECT id FROM contacts WHERE email = 'ann@example.COM'"));
        // generate and diff keep refusing the move: the records still declare citext in public
        DatabaseProject.Run diff = project.run("diff", "--from", db.jdbcUrl(), "--to", "records");
        assertEquals(ExitCode.OK, diff.exitCode(), diff.all());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"crm"})
    void diffFromTheDatabaseStillRefusesTheMove(String schema, TestDatabase db) {
        new TestProject(dir).withFixture("extensionmoved");
        DatabaseProject project = new DatabaseProject(dir, db);
        assertEquals(ExitCode.OK, project.run("generate", "--name", "create_contacts").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        db.execute("ALTER EXTENSION citext SET SCHEMA " + schema);

        DatabaseProject.Run diff = project.run("diff", "--from", db.jdbcUrl(), "--to", "records");

        assertEquals(ExitCode.USAGE, diff.exitCode(), diff.all());
        assertTrue(diff.err().contains("extension citext moves from schema crm to schema public, which Shale does not"
                + " migrate"), diff.all());
    }
}
