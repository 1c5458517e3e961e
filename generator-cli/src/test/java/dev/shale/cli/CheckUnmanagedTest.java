package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale check --db} lists the objects Shale does not manage that were created, dropped or changed since the
 * last migrate or rollback recorded them, each a finding of exit 7.
 */
@ExtendWith(PostgresExtension.class)
class CheckUnmanagedTest {

    private static final String SEED = "20261121093200";

    @TempDir
    Path dir;

    /** The drift fixture migrated with rows, then a migration adding a view and a trigger, migrated too. */
    private DatabaseProject migratedWithUnmanaged(TestDatabase db) {
        new TestProject(dir).withFixture("drift");
        DatabaseProject project = new DatabaseProject(dir, db);
        assertEquals(ExitCode.OK, project.run("generate", "--name", "create_tickets").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        db.execute("INSERT INTO users (email) SELECT 'user' || i || '@example.com' FROM generate_series(1, 20) i",
                "INSERT INTO support_tickets (user_id, priority) SELECT id, 1 FROM users");
        assertEquals(ExitCode.OK, project.run("create", "views").exitCode());
        project.up(SEED, "views", """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
                CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE VIEW active_users AS SELECT id, email FROM users WHERE active;
                """).down(SEED, "views", """
                DROP VIEW active_users;
                DROP TRIGGER IF EXISTS users_touch ON users;
                DROP FUNCTION touch();
                """);
        DatabaseProject.Run migrate = project.run("migrate");
        assertEquals(ExitCode.OK, migrate.exitCode(), migrate.all());
        return project;
    }

    @Test
    void objectsCreatedChangedAndDroppedByHandAreFindingsUntilTheNextRun(TestDatabase db) {
        DatabaseProject project = migratedWithUnmanaged(db);
        DatabaseProject.Run clean = project.run("check", "--db");
        assertEquals(0, clean.exitCode(), clean.all());

        db.execute("CREATE VIEW open_tickets AS SELECT id, user_id FROM support_tickets",
                "CREATE OR REPLACE VIEW active_users AS SELECT id, email FROM users WHERE NOT active",
                "DROP TRIGGER users_touch ON users");

        DatabaseProject.Run run = project.run("check", "--db", "--format", "json");
        JsonNode json = MigrateCommandTest.parse(run.out());
        assertEquals(7, run.exitCode(), run.all());
        assertEquals(Set.of(), JsonSchemasTest.schema("check").validate(json), run.out());
        assertEquals("UNMANAGED_CHANGED", json.get("outcome").asText());
        assertEquals(List.of("UNMANAGED_CHANGED", "UNMANAGED_CHANGED", "UNMANAGED_CHANGED"),
                texts(json.get("findings"), "kind"));
        assertEquals(List.of("CHANGED", "CREATED", "DROPPED"), texts(json.get("unmanagedChanges"), "change"));
        assertEquals(List.of("view public.active_users", "view public.open_tickets", "trigger public.users_touch on users"),
                texts(json.get("unmanagedChanges"), "object"));
        assertEquals(0, json.get("drift").size(), run.all());

        DatabaseProject.Run text = project.run("check", "--db");
        assertTrue(text.out().startsWith("shale check: exit 7: an object Shale does not manage changed outside the"
                + " migrations (3 findings)\n"), text.all());
        assertTrue(text.out().contains("\nunmanaged object (exit 7): view public.open_tickets was created since the"
                + " last migrate or rollback (outside the migrations).\n  fix: if it is meant, put the same change in a"
                + " migration"), text.all());
        assertTrue(text.out().contains("\nunmanaged object (exit 7): trigger public.users_touch on users was dropped"
                + " since the last migrate or rollback (outside the migrations).\n"), text.all());

        // a rollback records the objects as it leaves them: the hand-made view stays, and is now known
        DatabaseProject.Run rollback = project.run("rollback");
        assertEquals(ExitCode.OK, rollback.exitCode(), rollback.all());
        assertEquals(List.of("20"), project.query("SELECT count(*) FROM users"));
        DatabaseProject.Run after = project.run("check", "--db");
        assertEquals(0, after.exitCode(), after.all());
        db.execute("DROP VIEW open_tickets");
        DatabaseProject.Run dropped = project.run("check", "--db", "--format", "json");
        assertEquals(List.of("view public.open_tickets"),
                texts(MigrateCommandTest.parse(dropped.out()).get("unmanagedChanges"), "object"), dropped.all());
    }

    @Test
    void aDatabaseWithoutARecordGetsANoteNotAFinding(TestDatabase db) {
        DatabaseProject project = migratedWithUnmanaged(db);
        db.execute("DROP TABLE shale_unmanaged_objects", "CREATE VIEW open_tickets AS SELECT id FROM support_tickets");

        DatabaseProject.Run run = project.run("check", "--db", "--format", "json");
        JsonNode json = MigrateCommandTest.parse(run.out());

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(json.get("unmanagedChanges").isNull(), run.out());
        assertTrue(texts(json.get("notes"), null).stream().anyMatch(n -> n.startsWith("The objects Shale does not"
                + " manage (views, triggers, functions, ...) were not compared with a record")), run.out());
        assertEquals(Set.of(), JsonSchemasTest.schema("check").validate(json), run.out());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(field == null ? node.asText() : node.get(field).asText()));
        return out;
    }
}
