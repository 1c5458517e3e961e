package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale check --db} fails wherever {@code migrate} would refuse to run (a modified, missing or out-of-order
 * migration, as {@code shale status} says), and where the database holds an INVALID index or a NOT VALID constraint;
 * each finding names the file or the object and the fix, and the fix makes the check clean. Tables hold rows.
 */
@ExtendWith(PostgresExtension.class)
class CheckAgreesWithMigrateTest {

    private static final String FIRST = "20261121093000";
    private static final String FIRST_FILE = "migrations/" + FIRST + "_create_tickets.sql";

    @TempDir
    Path dir;

    /** The drift fixture generated and migrated, with rows in its tables. */
    private DatabaseProject migratedWithRows(TestDatabase db) {
        new TestProject(dir).withFixture("drift");
        DatabaseProject project = new DatabaseProject(dir, db);
        assertEquals(ExitCode.OK, project.run("generate", "--name", "create_tickets").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        db.execute("INSERT INTO users (email) SELECT 'user' || i || '@example.com' FROM generate_series(1, 50) i",
                "INSERT INTO support_tickets (user_id, priority) SELECT id, 1 + (row_number() OVER () % 5)::int"
                        + " FROM users");
        return project;
    }

    @Test
    void anAppliedMigrationEditedAndRehashedIsAFindingAsStatusAndMigrateSay(TestDatabase db) {
        DatabaseProject project = migratedWithRows(db);
        append(FIRST_FILE, "\n-- an edit after it was applied\n");
        assertEquals(ExitCode.OK, project.run("hash").exitCode());

        DatabaseProject.Run check = project.run("check", "--db");

        assertEquals(7, check.exitCode(), check.all());
        assertTrue(check.out().startsWith("shale check: exit 7: the database's history disagrees with the migrations"
                + " (1 finding)\n"), check.all());
        assertTrue(check.out().contains("\nhistory (exit 7): " + FIRST_FILE + " changed after it was applied in batch 1"
                + " at "), check.all());
        assertTrue(check.out().contains(" (shale status: modified), so migrate refuses to run.\n  fix: restore it as it"
                + " was applied (git checkout -- " + FIRST_FILE + ", or from the commit that added it), then run shale"
                + " hash; never edit or delete an applied migration"), check.all());
        DatabaseProject.Run status = project.run("status");
        assertEquals(ExitCode.FINDINGS, status.exitCode(), status.all());
        assertTrue(status.out().contains(FIRST + "  create_tickets  modified"), status.all());
        assertEquals(ExitCode.USAGE, project.run("migrate").exitCode());

        JsonNode json = MigrateCommandTest.parse(project.run("check", "--db", "--format", "json").out());
        assertEquals("HISTORY_MISMATCH", json.get("outcome").asText());
        assertEquals(List.of("HISTORY_MISMATCH"), texts(json.get("findings"), "kind"));
        assertEquals(FIRST_FILE, json.get("findings").get(0).get("file").asText());
        assertEquals(List.of("MODIFIED"), texts(json.get("history"), "state"));
        assertEquals(FIRST_FILE, json.get("history").get(0).get("file").asText());

        String markdown = project.run("check", "--db", "--format", "markdown").out();
        assertTrue(markdown.startsWith("### shale check: exit 7: the database's history disagrees with the"
                + " migrations"), markdown);
        assertTrue(markdown.contains("- **history** (exit 7): " + FIRST_FILE + " changed after it was applied"),
                markdown);

        String edited = read(FIRST_FILE);
        write(FIRST_FILE, edited.substring(0, edited.length() - "\n-- an edit after it was applied\n".length()));
        assertEquals(ExitCode.OK, project.run("hash").exitCode());
        DatabaseProject.Run again = project.run("check", "--db");
        assertEquals(0, again.exitCode(), again.all());
    }

    @Test
    void anAppliedMigrationWhoseFileIsGoneIsAFinding(TestDatabase db) {
        DatabaseProject project = migratedWithRows(db);
        assertEquals(ExitCode.OK, project.run("create", "seed").exitCode());
        String seed = "migrations/20261121093200_seed";
        assertTrue(Files.exists(dir.resolve(seed + ".sql")), seed);
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        delete(seed + ".sql");
        delete(seed + ".down.sql");
        delete(seed.replace("migrations/", "snapshots/") + ".json");
        assertEquals(ExitCode.OK, project.run("hash").exitCode());

        DatabaseProject.Run check = project.run("check", "--db", "--format", "json");
        JsonNode json = MigrateCommandTest.parse(check.out());

        // its snapshot went with it, so the drift cannot be checked (exit 5); the history finding is there too
        assertEquals(5, check.exitCode(), check.all());
        assertEquals(List.of("CHAIN_BROKEN", "HISTORY_MISMATCH"), texts(json.get("findings"), "kind"), check.all());
        JsonNode missing = json.get("findings").get(1);
        assertTrue(missing.get("message").asText().startsWith("migration 20261121093200_seed was applied in batch 2"),
                check.all());
        assertTrue(missing.get("message").asText().endsWith("but its file " + seed + ".sql is missing (shale status:"
                + " missing), so migrate refuses to run."), check.all());
        assertEquals(seed + ".sql", missing.get("file").asText());
        assertTrue(missing.get("fix").asText().startsWith("restore it, its down and its snapshot from version control,"
                + " then run shale hash"), check.all());
        assertEquals(List.of("MISSING"), texts(json.get("history"), "state"));
        assertTrue(project.run("status").out().contains("20261121093200  seed            missing"));
    }

    @Test
    void aPendingMigrationOlderThanTheNewestAppliedIsAFinding(TestDatabase db) {
        DatabaseProject project = migratedWithRows(db);
        assertEquals(ExitCode.OK, project.run("create", "early").exitCode());
        assertEquals(ExitCode.OK, project.run("create", "late").exitCode());
        String early = "migrations/20261121093200_early";
        // the database is migrated without the early one (as on another branch), which then comes back
        Path aside = dir.resolve("aside");
        move(early + ".sql", aside.resolve("up"));
        move(early + ".down.sql", aside.resolve("down"));
        assertEquals(ExitCode.OK, project.run("hash").exitCode());
        DatabaseProject.Run late = project.run("migrate");
        assertEquals(ExitCode.OK, late.exitCode(), late.all());
        moveBack(aside.resolve("up"), early + ".sql");
        moveBack(aside.resolve("down"), early + ".down.sql");
        assertEquals(ExitCode.OK, project.run("hash").exitCode());

        DatabaseProject.Run check = project.run("check", "--db");

        assertEquals(7, check.exitCode(), check.all());
        assertTrue(check.out().contains("\nhistory (exit 7): pending migration " + early + ".sql is older than the"
                + " newest applied migration 20261121093300_late (shale status: out-of-order; merged from another"
                + " branch?), so migrate refuses it.\n  fix: if it does not depend on the migrations applied after it,"
                + " run shale migrate --allow-out-of-order;"), check.all());
        assertTrue(project.run("status").out().contains("20261121093200  early           out-of-order"));
        assertEquals(ExitCode.USAGE, project.run("migrate").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate", "--allow-out-of-order").exitCode());
        DatabaseProject.Run again = project.run("check", "--db");
        assertEquals(0, again.exitCode(), again.all());
    }

    @Test
    void anInvalidIndexLeftByAFailedConcurrentBuildIsAFindingAndItsFixMakesTheCheckClean(TestDatabase db) {
        DatabaseProject project = migratedWithRows(db);
        db.execute("INSERT INTO users (email) VALUES ('twice@example.com'), ('twice@example.com')");
        assertEquals(ExitCode.OK, project.run("create", "email_key").exitCode());
        String migration = "migrations/20261121093200_email_key.sql";
        write(migration, read(migration).replace("-- shale:transactional true", "-- shale:transactional false")
                + "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n");
        assertEquals(ExitCode.OK, project.run("hash").exitCode());
        DatabaseProject.Run failed = project.run("migrate");
        assertEquals(ExitCode.DATABASE, failed.exitCode(), failed.all());
        assertEquals(List.of("f"), db.firstColumn("SELECT indisvalid FROM pg_index"
                + " WHERE indexrelid = 'users_email_key'::regclass"));

        DatabaseProject.Run check = project.run("check", "--db", "--format", "json");
        JsonNode json = MigrateCommandTest.parse(check.out());

        assertEquals(7, check.exitCode(), check.all());
        assertEquals("NOT_VALID", json.get("outcome").asText());
        assertEquals(List.of("NOT_VALID", "DRIFT"), texts(json.get("findings"), "kind"), check.all());
        JsonNode finding = json.get("findings").get(0);
        assertEquals("index users_email_key on public.users is INVALID in the database (pg_index.indisvalid is false:"
                + " a CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY failed or was interrupted): queries do not use"
                + " it, yet writes maintain it; snapshots/20261121093000_create_tickets.json does not have it (a failed"
                + " migration may have left it).", finding.get("message").asText());
        assertEquals("drop it: DROP INDEX CONCURRENTLY public.users_email_key; then fix the rows that made it fail"
                + " (such as duplicates for a unique index) and run the migration that creates it again (shale"
                + " migrate)", finding.get("fix").asText());
        JsonNode notValid = json.get("notValid").get(0);
        assertEquals("index", notValid.get("objectType").asText());
        assertEquals("public.users", notValid.get("table").asText());
        assertEquals(false, notValid.get("inSnapshot").asBoolean());
        assertEquals(List.of("index users_email_key on users exists in the database but not in the snapshot"),
                texts(json.get("drift"), "message"));

        db.execute(texts(notValid.get("fixSql"), null));
        DatabaseProject.Run clean = project.run("check", "--db");
        assertEquals(0, clean.exitCode(), clean.all());
        // the migration still pending (not drift), it runs once the duplicates are gone
        assertTrue(clean.out().contains("1 migration is not applied yet (pending, not drift)."), clean.all());
        db.execute("DELETE FROM users WHERE email = 'twice@example.com'");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        assertEquals(List.of("t"), db.firstColumn("SELECT indisvalid FROM pg_index"
                + " WHERE indexrelid = 'users_email_key'::regclass"));
    }

    @Test
    void anIndexOfTheSnapshotLeftInvalidByAFailedRebuildIsAFindingAndReindexFixesIt(TestDatabase db) {
        new TestProject(dir).withFixture("markapplied");
        DatabaseProject project = new DatabaseProject(dir, db);
        assertEquals(ExitCode.OK, project.run("generate", "--name", "create_notes").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        db.execute("INSERT INTO notes (body) SELECT 'note ' || i FROM generate_series(1, 100) i");
        new TestProject(dir).withFixture("markappliedlater");
        assertEquals(ExitCode.OK, project.run("generate", "--name", "index_body").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        // rebuilt by hand after a body too long for a btree entry came in: the concurrent build fails half-way
        db.execute("DROP INDEX notes_body_idx",
                "INSERT INTO notes (body) SELECT string_agg(md5(i::text), '') FROM generate_series(1, 1000) i");
        assertThrows(StatementFailedException.class,
                () -> db.execute("CREATE INDEX CONCURRENTLY notes_body_idx ON notes (body)"));

        DatabaseProject.Run check = project.run("check", "--db", "--format", "json");
        JsonNode json = MigrateCommandTest.parse(check.out());

        assertEquals(7, check.exitCode(), check.all());
        assertEquals(List.of("NOT_VALID"), texts(json.get("findings"), "kind"), check.all());
        JsonNode finding = json.get("findings").get(0);
        assertTrue(finding.get("message").asText().endsWith("queries do not use it, yet writes maintain it, while"
                + " snapshots/20261121093200_index_body.json has it as a working index."), check.all());
        assertEquals("fix the rows that made it fail (such as duplicates for a unique index), then rebuild it:"
                + " REINDEX INDEX CONCURRENTLY public.notes_body_idx; (a REINDEX that fails leaves an INVALID copy"
                + " named notes_body_idx_ccnew: drop it with DROP INDEX CONCURRENTLY)", finding.get("fix").asText());
        assertEquals(true, json.get("notValid").get(0).get("inSnapshot").asBoolean());
        List<String> fix = texts(json.get("notValid").get(0).get("fixSql"), null);
        // run before the rows are fixed, the rebuild fails and leaves an INVALID copy, which check names in turn
        assertThrows(StatementFailedException.class, () -> db.execute(fix));
        JsonNode after = MigrateCommandTest.parse(project.run("check", "--db", "--format", "json").out());
        assertEquals(List.of("index notes_body_idx on public.notes", "index notes_body_idx_ccnew on public.notes"),
                names(after.get("notValid")));
        db.execute("DELETE FROM notes WHERE length(body) > 1000");
        List<String> fixes = new ArrayList<>();
        after.get("notValid").forEach(item -> fixes.addAll(texts(item.get("fixSql"), null)));
        assertEquals(List.of("REINDEX INDEX CONCURRENTLY public.notes_body_idx",
                "DROP INDEX CONCURRENTLY public.notes_body_idx_ccnew"), fixes);
        db.execute(fixes);
        DatabaseProject.Run clean = project.run("check", "--db");
        assertEquals(0, clean.exitCode(), clean.all());
    }

    @Test
    void aForeignKeyAddedNotValidByHandIsAFindingAndValidateFixesIt(TestDatabase db) {
        DatabaseProject project = migratedWithRows(db);
        db.execute("ALTER TABLE support_tickets DROP CONSTRAINT support_tickets_user_id_fkey, ADD CONSTRAINT"
                + " support_tickets_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE"
                + " NOT VALID");

        DatabaseProject.Run check = project.run("check", "--db");

        assertEquals(7, check.exitCode(), check.all());
        assertTrue(check.out().startsWith("shale check: exit 7: the database holds an invalid index or constraint"
                + " (1 finding)\n\nnot valid (exit 7): foreign key support_tickets_user_id_fkey on"
                + " public.support_tickets is NOT VALID in the database (pg_constraint.convalidated is false: added"
                + " NOT VALID and never validated): new rows are checked, the rows that were there never were, while"
                + " snapshots/20261121093000_create_tickets.json has it as a validated constraint.\n  fix: validate it:"
                + " ALTER TABLE public.support_tickets VALIDATE CONSTRAINT support_tickets_user_id_fkey; (it fails"
                + " while the table holds rows whose key has no match: fix those rows first)\n"), check.all());
        assertTrue(check.out().contains("(last applied migration " + FIRST + "_create_tickets); no drift."),
                check.all());

        db.execute("ALTER TABLE public.support_tickets VALIDATE CONSTRAINT support_tickets_user_id_fkey");
        DatabaseProject.Run clean = project.run("check", "--db");
        assertEquals(0, clean.exitCode(), clean.all());
    }

    @Test
    void aCheckAddedNotValidOverRowsItRejectsIsValidatedOnceTheRowsAreFixed(TestDatabase db) {
        DatabaseProject project = migratedWithRows(db);
        db.execute("ALTER TABLE support_tickets DROP CONSTRAINT support_tickets_priority_check",
                "UPDATE support_tickets SET priority = 9 WHERE id = (SELECT min(id) FROM support_tickets)");
        db.execute("ALTER TABLE support_tickets ADD CONSTRAINT support_tickets_priority_check"
                + " CHECK ((priority >= 1) AND (priority <= 5)) NOT VALID");

        DatabaseProject.Run run = project.run("check", "--db", "--format", "json");
        JsonNode json = MigrateCommandTest.parse(run.out());

        assertEquals(7, run.exitCode(), run.all());
        assertEquals(List.of("NOT_VALID"), texts(json.get("findings"), "kind"), run.all());
        assertEquals(0, json.get("drift").size(), run.all());
        List<String> fix = texts(json.get("notValid").get(0).get("fixSql"), null);
        assertEquals(List.of("ALTER TABLE public.support_tickets VALIDATE CONSTRAINT support_tickets_priority_check"),
                fix);
        assertThrows(StatementFailedException.class, () -> db.execute(fix));
        db.execute("UPDATE support_tickets SET priority = 5 WHERE priority = 9");
        db.execute(fix);
        DatabaseProject.Run clean = project.run("check", "--db");
        assertEquals(0, clean.exitCode(), clean.all());
    }

    /** {@code index notes_body_idx on public.notes} for each of {@code notValid[]}. */
    private static List<String> names(JsonNode notValid) {
        List<String> out = new ArrayList<>();
        notValid.forEach(n -> out.add(n.get("objectType").asText() + " " + n.get("name").asText() + " on "
                + n.get("table").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(field == null ? node.asText() : node.get(field).asText()));
        return out;
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String file, String text) {
        write(file, read(file) + text);
    }

    private void delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void move(String file, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(dir.resolve(file), to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void moveBack(Path from, String file) {
        try {
            Files.move(from, dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
