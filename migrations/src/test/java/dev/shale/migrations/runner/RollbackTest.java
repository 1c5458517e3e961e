package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.ExecutedMigration;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.RollbackOptions;
import dev.shale.api.RollbackResult;
import dev.shale.api.Shale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class RollbackTest {

    @TempDir
    Path root;

    private MigrationFiles firstBatch() {
        return new MigrationFiles(root)
                .up("20260101000001", "users", "CREATE TABLE users (id int PRIMARY KEY, email text);")
                .down("20260101000001", "users", "DROP TABLE users;")
                .up("20260101000002", "roles", "CREATE TYPE role AS ENUM ('client', 'admin');")
                .down("20260101000002", "roles", "DROP TYPE role;");
    }

    private static MigrationFiles secondBatch(MigrationFiles files) {
        return files
                .up("20260101000003", "tickets", "CREATE TABLE tickets (\n  id bigint GENERATED ALWAYS AS IDENTITY"
                        + " PRIMARY KEY,\n  user_id int REFERENCES users ON DELETE CASCADE,\n  body text CHECK"
                        + " (length(body) < 100)\n);\nCREATE INDEX tickets_user ON tickets (user_id);\n"
                        + "COMMENT ON TABLE tickets IS 'support';")
                .down("20260101000003", "tickets", "DROP TABLE tickets;")
                .up("20260101000004", "user_role", "ALTER TABLE users ADD COLUMN role role NOT NULL DEFAULT 'client';")
                .down("20260101000004", "user_role", "ALTER TABLE users DROP COLUMN role;");
    }

    @Test
    void rollbackOfTheLastBatchRestoresThePreviousDumpExactly(TestDatabase db) {
        MigrationFiles files = firstBatch();
        Shale.migrate(Db.dataSource(db), files.source());
        String afterFirst = db.dump();
        List<String> historyAfterFirst = Db.history(db);
        secondBatch(files);
        Shale.migrate(Db.dataSource(db), files.source());

        RollbackResult result = Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS);

        assertEquals(List.of("20260101000004", "20260101000003"),
                result.rolledBack().stream().map(ExecutedMigration::version).toList());
        assertEquals("migrations/20260101000004_user_role.down.sql", result.rolledBack().get(0).file());
        assertEquals(afterFirst, db.dump());
        assertEquals(historyAfterFirst, Db.history(db));
        assertEquals(1, result.plan().steps().size());
    }

    @Test
    void stepsAndTargetChooseWhatToRollBack(TestDatabase db) {
        MigrationFiles files = secondBatch(firstBatch());
        Shale.migrate(Db.dataSource(db), files.source());
        Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS.withSteps(1));
        assertEquals(List.of("20260101000001|users|1", "20260101000002|roles|1", "20260101000003|tickets|1"),
                Db.history(db));
        Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS.withTo("20260101000001"));
        assertEquals(List.of("20260101000001|users|1"), Db.history(db));
        RollbackResult nothing = Shale.rollback(Db.dataSource(db), files.source(),
                RollbackOptions.DEFAULTS.withTo("20260101000001"));
        assertTrue(nothing.nothingToDo());
    }

    @Test
    void failingDownRollsBackTheWholeRollback(TestDatabase db) {
        MigrationFiles files = secondBatch(firstBatch());
        Shale.migrate(Db.dataSource(db), files.source());
        files.down("20260101000003", "tickets", "DROP TABLE no_such_table;");
        String before = db.dump();
        List<String> history = Db.history(db);

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS));

        assertEquals("migrations/20260101000003_tickets.down.sql", failure.file());
        assertEquals(before, db.dump());
        assertEquals(history, Db.history(db));
    }

    @Test
    void dataLossDownNeedsForce(TestDatabase db) {
        MigrationFiles files = firstBatch()
                .down("20260101000001", "users", MigrationFiles.header(true, "data-loss") + "DROP TABLE users;");
        Shale.migrate(Db.dataSource(db), files.source());
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS));
        assertEquals(Reason.DATA_LOSS, refused.reason());
        assertEquals("migrations/20260101000001_users.down.sql", refused.file().orElseThrow());
        assertEquals(2, Db.history(db).size());
        assertEquals(2, Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS.withForce(true))
                .rolledBack().size());
        assertEquals(List.of(), Db.history(db));
        assertEquals(List.of("no"), Db.strings(db,
                "SELECT CASE WHEN to_regclass('users') IS NULL THEN 'no' ELSE 'yes' END"));
    }

    @Test
    void missingOrEmptyDownFilesAreRefused(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "seed", "INSERT INTO one VALUES (1);")
                .down("20260101000002", "seed", "-- Shale custom migration (down)\n-- shale:transactional true\n");
        Shale.migrate(Db.dataSource(db), files.source());
        MigrationRefusedException irreversible = assertThrows(MigrationRefusedException.class,
                () -> Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS));
        assertEquals(Reason.IRREVERSIBLE, irreversible.reason());
        MigrationRefusedException noDown = assertThrows(MigrationRefusedException.class,
                () -> Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS.withSteps(2)));
        // newest first: the seed is checked first, so force it and look at the next one
        assertEquals(Reason.IRREVERSIBLE, noDown.reason());
        MigrationRefusedException missing = assertThrows(MigrationRefusedException.class, () -> Shale.rollback(
                Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS.withSteps(2).withForce(true)));
        assertEquals(Reason.NO_DOWN_FILE, missing.reason());
        assertEquals("migrations/20260101000001_one.down.sql", missing.file().orElseThrow());
        assertEquals(2, Db.history(db).size());
    }

    @Test
    void dryRunChangesNothing(TestDatabase db) {
        MigrationFiles files = secondBatch(firstBatch());
        Shale.migrate(Db.dataSource(db), files.source());
        String before = db.dump();
        RollbackResult result = Shale.rollback(Db.dataSource(db), files.source(),
                RollbackOptions.DEFAULTS.withDryRun(true).withSteps(2));
        assertEquals(before, db.dump());
        assertEquals(4, Db.history(db).size());
        String sql = result.plan().sql();
        assertTrue(sql.indexOf("ALTER TABLE users DROP COLUMN role;") < sql.indexOf("DROP TABLE tickets;"), sql);
        assertTrue(sql.contains("-- delete history row 20260101000003 in \"public\".\"shale_migrations\""), sql);
    }
}
