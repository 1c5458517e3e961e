package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.BaselineOptions;
import dev.shale.api.BaselineResult;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.TransactionMode;
import dev.shale.api.RollbackOptions;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.api.UnmanagedChange;
import dev.shale.api.UnmanagedReport;
import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.migrations.introspect.UnmanagedObject;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The record of unmanaged objects that migrate and rollback keep, and what {@code check --db} reads from it. */
@ExtendWith(PostgresExtension.class)
class UnmanagedRecordTest {

    @TempDir
    Path root;

    private MigrationFiles files() {
        return new MigrationFiles(root)
                .up("20260101000001", "users", "CREATE TABLE users (id int PRIMARY KEY, email text, name text);\n"
                        + "INSERT INTO users VALUES (1, 'a@example.com', 'Ann'), (2, 'b@example.com', 'Bob');")
                .down("20260101000001", "users", "DROP TABLE users;");
    }

    private static List<String> changes(TestDatabase db) {
        UnmanagedReport report = Shale.unmanagedChanges(Db.dataSource(db), RunnerSettings.DEFAULTS);
        assertTrue(report.recorded());
        return report.changes().stream().map(UnmanagedChange::message).toList();
    }

    @Test
    void aDatabaseNeverMigratedHasNoRecord(TestDatabase db) {
        db.execute("CREATE VIEW v AS SELECT 1 AS one");
        UnmanagedReport report = Shale.unmanagedChanges(Db.dataSource(db), RunnerSettings.DEFAULTS);
        assertFalse(report.recorded());
        assertEquals(List.of(), report.changes());
        assertFalse(Db.exists(db, "public.shale_unmanaged_objects"));
    }

    @Test
    void createdChangedAndDroppedObjectsAreReportedUntilTheNextRun(TestDatabase db) {
        MigrationFiles files = files();
        db.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'");
        Shale.migrate(Db.dataSource(db), files.source());
        db.execute("CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()");
        files.up("20260101000002", "nickname", "ALTER TABLE users ADD COLUMN nickname text;")
                .down("20260101000002", "nickname", "ALTER TABLE users DROP COLUMN nickname;");
        Shale.migrate(Db.dataSource(db), files.source());
        // what the runs saw is recorded, and reads back the same: no false change
        assertEquals(List.of(), changes(db));
        assertNotNull(Shale.unmanagedChanges(Db.dataSource(db), RunnerSettings.DEFAULTS).recordedAt());

        db.execute("CREATE VIEW active_users AS SELECT id, email FROM users WHERE id > 0");
        assertEquals(List.of("view public.active_users was created since the last migrate or rollback"), changes(db));

        Shale.migrate(Db.dataSource(db), files.up("20260101000003", "bio", "ALTER TABLE users ADD COLUMN bio text;")
                .down("20260101000003", "bio", "ALTER TABLE users DROP COLUMN bio;").source());
        assertEquals(List.of(), changes(db));

        db.execute("CREATE OR REPLACE VIEW active_users AS SELECT id, email FROM users WHERE id > 1",
                "DROP TRIGGER users_touch ON users");
        assertEquals(List.of("view public.active_users was changed (its definition differs from the one recorded)"
                        + " since the last migrate or rollback",
                "trigger public.users_touch on users was dropped since the last migrate or rollback"), changes(db));

        // a rollback records the objects as it leaves them
        Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS);
        assertEquals(List.of(), changes(db));
        assertEquals(List.of("2"), db.firstColumn("SELECT count(*) FROM users"));
        db.execute("CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN OLD; END'");
        assertEquals(List.of("function public.touch() was changed (its definition differs from the one recorded)"
                + " since the last migrate or rollback"), changes(db));
    }

    @Test
    void aRunThatCommitsSomeMigrationsAndThenFailsRecordsWhatTheyMade(TestDatabase db) {
        MigrationFiles files = files();
        Shale.migrate(Db.dataSource(db), files.source());
        files.up("20260101000002", "view", "CREATE VIEW active_users AS SELECT id, email FROM users WHERE id > 0;")
                .down("20260101000002", "view", "DROP VIEW active_users;")
                .up("20260101000003", "broken", "ALTER TABLE no_such_table ADD COLUMN bio text;")
                .down("20260101000003", "broken", "SELECT 1;");

        MigrationFailedException failed = assertThrows(MigrationFailedException.class, () -> Shale.migrate(
                Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTransactionMode(TransactionMode.EACH)));

        assertEquals(List.of("20260101000002"), failed.committedVersions());
        assertEquals(List.of("20260101000001|users|1", "20260101000002|view|2"), Db.history(db));
        // the view the committed migration made is recorded: not reported as made outside the migrations
        assertEquals(List.of(), changes(db));
        assertEquals(List.of("2"), db.firstColumn("SELECT count(*) FROM active_users"));
    }

    @Test
    void aRunThatFailsBeforeCommittingAnythingLeavesTheRecord(TestDatabase db) {
        MigrationFiles files = files();
        Shale.migrate(Db.dataSource(db), files.source());
        db.execute("CREATE VIEW by_hand AS SELECT id FROM users");
        files.up("20260101000002", "view", "CREATE VIEW active_users AS SELECT id, email FROM users WHERE id > 0;")
                .up("20260101000003", "broken", "ALTER TABLE no_such_table ADD COLUMN bio text;");

        MigrationFailedException failed = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(List.of(), failed.committedVersions());
        assertEquals(List.of("view public.by_hand was created since the last migrate or rollback"), changes(db));
    }

    @Test
    void aBaselineAcceptsTheObjectsTheDatabaseHolds(TestDatabase db) {
        db.execute("CREATE TABLE users (id int PRIMARY KEY, email text, name text)",
                "INSERT INTO users VALUES (1, 'a@example.com', 'Ann')",
                "CREATE VIEW user_emails AS SELECT id, email FROM users");
        BaselineResult result = Shale.baseline(Db.dataSource(db), files().source(),
                BaselineOptions.DEFAULTS.withVersion("20260101000001"));
        assertEquals(List.of(), result.warnings());
        assertEquals(List.of(), changes(db));
        db.execute("DROP VIEW user_emails");
        assertEquals(List.of("view public.user_emails was dropped since the last migrate or rollback"), changes(db));
    }

    @Test
    void theRecordIsNotPartOfTheSchema(TestDatabase db) {
        MigrateResult result = Shale.migrate(Db.dataSource(db), files().source());
        assertEquals(List.of(), result.warnings());
        assertTrue(Db.exists(db, "public.shale_unmanaged_objects"));
        IntrospectionResult read = Shale.introspect(Db.dataSource(db), List.of(), RunnerSettings.DEFAULTS);
        assertEquals(List.of("public.users"), read.model().tables().stream().map(t -> t.name().toString()).toList());
        assertEquals(List.of(), read.unmanaged().stream().map(UnmanagedObject::toString).toList());
    }
}
