package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale verify} on copies of the example project: against the test server (its throwaway databases
 * created through a test database given as the dev URL), and once on the embedded PostgreSQL.
 */
@ExtendWith(PostgresExtension.class)
class VerifyCommandTest {

    private static final Pattern THROWAWAY = Pattern.compile("database (shale_verify_[0-9a-f]{16}) on ");

    @TempDir
    Path dir;

    @Test
    void passesOnTheExample(TestDatabase server) {
        TestProject project = example();
        TestProject.Run run = project.run("verify", "--dev-url", server.jdbcUrl());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(12, lines.size(), run.out());
        assertTrue(lines.get(1).matches("  up    migrations/20261121213600_create_portal\\.sql +ok"), lines.get(1));
        assertTrue(lines.get(10).matches("  down  migrations/20261121213600_create_portal\\.down\\.sql +ok"), lines.get(10));
        assertTrue(lines.get(11).startsWith("verified 5 migrations: each up gives its snapshot, each down the one"
                + " before, and the database ends empty ("), lines.get(11));
        assertEquals("", run.err());
        assertDropped(server, run.out());
    }

    @Test
    void jsonListsEveryStep(TestDatabase server) throws IOException {
        TestProject.Run run = example().run("verify", "--dev-url", server.jdbcUrl(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("verified").asBoolean());
        assertEquals(5, json.get("migrations").asInt());
        assertEquals(10, json.get("steps").size());
        assertEquals("snapshots/20261121213641_add_super_admin_role.json",
                json.get("steps").get(4).get("comparedWith").asText());
        assertEquals("down", json.get("steps").get(9).get("direction").asText());
        assertTrue(json.get("steps").get(9).get("comparedWith").isNull());
        assertTrue(json.get("failure").isNull());
        assertDropped(server, json.get("database").asText());
    }

    @Test
    void aHandEditedMigrationThatDisagreesWithItsSnapshotFailsNamingIt(TestDatabase server) {
        TestProject project = example();
        edit(project, "migrations/20261121213624_add_ticket_number.sql", "ticket_number varchar(32)",
                "ticket_number varchar(64)");
        TestProject.Run hash = project.run("hash");
        assertEquals(0, hash.exitCode(), hash.err());

        TestProject.Run run = project.run("verify", "--dev-url", server.jdbcUrl());

        assertEquals(1, run.exitCode(), run.err() + run.out());
        String out = run.out();
        assertTrue(out.contains("  up    migrations/20261121213610_cascade_deletes.sql"), out);
        assertTrue(out.matches("(?s).*  up    migrations/20261121213624_add_ticket_number\\.sql +differs\n.*"), out);
        assertTrue(out.contains("\nmigrations/20261121213624_add_ticket_number.sql: the database after it differs from"
                + " snapshots/20261121213624_add_ticket_number.json:\n  - "), out);
        assertTrue(out.contains("ticket_number"), out);
        assertFalse(out.contains("20261121213635"), "stops at the first migration that differs: " + out);
        assertDropped(server, out);
    }

    @Test
    void aDownThatDoesNotRevertItsMigrationIsReported(TestDatabase server) {
        TestProject project = example();
        edit(project, "migrations/20261121213624_add_ticket_number.down.sql",
                "ALTER TABLE public.support_tickets DROP COLUMN ticket_number;", "");
        project.run("hash");

        TestProject.Run run = project.run("verify", "--dev-url", server.jdbcUrl());

        assertEquals(1, run.exitCode(), run.err() + run.out());
        String out = run.out();
        assertTrue(out.contains("  up    migrations/20261121213641_add_super_admin_role.sql"), out);
        assertTrue(out.contains("  down  migrations/20261121213635_add_users_active.down.sql"), out);
        assertTrue(out.contains("\nmigrations/20261121213624_add_ticket_number.down.sql: the database after it differs"
                + " from snapshots/20261121213610_cascade_deletes.json:\n"), out);
        assertTrue(out.contains("  - column support_tickets.ticket_number exists in the database but not in the snapshot\n"), out);
        assertDropped(server, out);
    }

    @Test
    void aMigrationWithASyntaxErrorIsReportedWithItsFile(TestDatabase server) {
        TestProject project = example();
        edit(project, "migrations/20261121213635_add_users_active.sql", "ADD COLUMN active", "ADD COLUMN active active");
        project.run("hash");

        TestProject.Run run = project.run("verify", "--dev-url", server.jdbcUrl());

        assertEquals(1, run.exitCode(), run.err() + run.out());
        String out = run.out();
        assertTrue(out.matches("(?s).*  up    migrations/20261121213635_add_users_active\\.sql +failed\n.*"), out);
        assertTrue(out.contains("\nmigrations/20261121213635_add_users_active.sql failed at statement 3 (line "), out);
        assertTrue(out.contains("SQLSTATE 42601"), out);
        assertDropped(server, out);
    }

    @Test
    void objectsLeftAfterEveryDownAreReported(TestDatabase server) {
        TestProject project = example();
        TestProject.Run create = project.run("create", "add_answer_view");
        assertEquals(0, create.exitCode(), create.err());
        Path up;
        try (Stream<Path> files = Files.list(project.dir().resolve("migrations"))) {
            up = files.filter(f -> f.getFileName().toString().endsWith("_add_answer_view.sql")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        project.write("migrations/" + up.getFileName(), "CREATE VIEW public.answer AS SELECT 42 AS answer;\n");
        project.run("hash");

        TestProject.Run run = project.run("verify", "--dev-url", server.jdbcUrl());

        assertEquals(1, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("  down  migrations/20261121213600_create_portal.down.sql"), run.out());
        assertTrue(run.out().endsWith("the database is not empty after every down migration ran; left behind:\n"
                + "  - view public.answer\n"), run.out());
        assertDropped(server, run.out());
    }

    @Test
    void filesThatDoNotMatchTheSumAreRefusedBeforeAnyDatabase(TestDatabase server) {
        TestProject project = example();
        edit(project, "migrations/20261121213624_add_ticket_number.sql", "varchar(32)", "varchar(64)");

        TestProject.Run run = project.run("verify", "--dev-url", server.jdbcUrl());

        assertEquals(2, run.exitCode(), run.err() + run.out());
        assertTrue(run.err().contains("migrations/20261121213624_add_ticket_number.sql"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void theDevServerComesFromShaleYaml(TestDatabase server) {
        TestProject project = example();
        project.write("shale.yaml", "database:\n  devUrl: " + server.jdbcUrl() + "\n");

        TestProject.Run run = project.run("verify");

        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertDropped(server, run.out());
    }

    @Test
    void theDevServerComesFromTheEnvironmentBeforeShaleYaml(TestDatabase server) {
        TestProject project = example();
        project.write("shale.yaml", "database:\n  devUrl: jdbc:postgresql://127.0.0.1:1/none?user=postgres\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = ShaleCommand.execute(Map.of("SHALE_DEV_DATABASE_URL", server.jdbcUrl()), Clock.systemUTC(),
                new PrintWriter(out, true), new PrintWriter(err, true), "-C", project.dir().toString(), "verify");

        assertEquals(0, code, err + out.toString());
        assertDropped(server, out.toString());
    }

    @Test
    void aDevServerThatCannotBeReachedIsADatabaseError() {
        TestProject.Run run = example().run("verify", "--dev-url",
                "jdbc:postgresql://127.0.0.1:1/postgres?user=postgres&password=s3cret-pw");

        assertEquals(3, run.exitCode(), run.err() + run.out());
        assertTrue(run.err().startsWith("error: could not create the throwaway database shale_verify_"), run.err());
        assertTrue(run.err().contains("CONNECTION_REFUSED"), run.err());
        assertFalse(run.err().contains("s3cret-pw"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aDevUrlThatIsNoUrlIsAUsageError() {
        TestProject.Run run = example().run("verify", "--dev-url", "mysql://localhost/db");

        assertEquals(2, run.exitCode(), run.err() + run.out());
        assertTrue(run.err().startsWith("error: the database URL (not shown: it may hold a password) cannot be read: it starts with mysql://"), run.err());
    }

    @Test
    void withoutADevUrlItRunsOnAnEmbeddedPostgres() {
        TestProject.Run run = example().run("verify");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().startsWith("Verifying 5 migrations on a throwaway embedded PostgreSQL "), run.out());
        assertTrue(run.out().contains("verified 5 migrations"), run.out());
    }

    /** A copy of the example project's migrations and snapshots. */
    private TestProject example() {
        Path examples = examples();
        for (String folder : List.of("migrations", "snapshots")) {
            try (Stream<Path> files = Files.list(examples.resolve(folder))) {
                Files.createDirectories(dir.resolve(folder));
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(folder).resolve(file.getFileName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TestProject(dir);
    }

    private static Path examples() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("examples/migrations/shale.sum"))) {
                return at.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }

    private static void edit(TestProject project, String file, String from, String to) {
        String text = project.read(file);
        assertTrue(text.contains(from), file + " holds " + from);
        project.write(file, text.replace(from, to));
    }

    /** The throwaway databases named in {@code output} are gone from the server. */
    private static void assertDropped(TestDatabase server, String output) {
        Matcher matcher = THROWAWAY.matcher(output);
        assertTrue(matcher.find(), "names its throwaway database: " + output);
        try (Connection connection = server.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM pg_database WHERE datname = ? OR datname = ? || '_ref'")) {
            query.setString(1, matcher.group(1));
            query.setString(2, matcher.group(1));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), matcher.group(1) + " is dropped");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
