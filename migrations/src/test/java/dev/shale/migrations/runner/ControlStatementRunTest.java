package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.RollbackOptions;
import dev.shale.api.Shale;
import dev.shale.api.TransactionMode;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transaction control and session changes in migration files, against a real database: refused before anything
 * runs unless the header allows them, and every SET scoped to its migration.
 */
@ExtendWith(PostgresExtension.class)
class ControlStatementRunTest {

    private static final String SEEN = "CREATE TABLE public.seen (migration text, search_path text, lock_timeout text);";

    @TempDir
    Path root;

    @Test
    void aRollbackInsideAMigrationIsRefusedBeforeAnythingRuns(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "two", "CREATE TABLE two (id int);\n-- undo\nROLLBACK;\nCREATE TABLE three (id int);");
        long classes = Db.classCount(db);

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(Reason.INVALID_FILE, refused.reason());
        assertEquals("migrations/20260101000002_two.sql", refused.file().orElseThrow());
        assertEquals("migrations/20260101000002_two.sql line 3: ROLLBACK rolls back the runner's transaction (or part"
                + " of it), so the history and the schema disagree (transaction-control); a migration holds none unless"
                + " its header allows it. Nothing was run.", refused.description());
        assertTrue(refused.fix().contains("-- shale:allow transaction-control"), refused.fix());
        assertEquals(classes, Db.classCount(db));
        assertFalse(Db.exists(db, "one"));
        assertFalse(Db.exists(db, "shale_migrations"));
    }

    @Test
    void aCommitInADownFileIsRefusedByRollback(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .down("20260101000001", "one", "DROP TABLE one;\nCOMMIT;");
        Shale.migrate(Db.dataSource(db), files.source());

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS));

        assertEquals("migrations/20260101000001_one.down.sql", refused.file().orElseThrow());
        assertTrue(refused.description().contains("line 2: COMMIT"), refused.description());
        assertTrue(Db.exists(db, "one"));
        assertEquals(List.of("20260101000001|one|1"), Db.history(db));
    }

    @Test
    void allowedTransactionControlRunsAloneInAutocommitAsTheFileSays(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "own", "-- shale:transactional false\n-- shale:allow transaction-control\n"
                        + "BEGIN;\nCREATE TABLE kept (id int);\nCOMMIT;\n"
                        + "BEGIN;\nCREATE TABLE undone (id int);\nROLLBACK;\n");

        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source());

        assertEquals(2, result.applied().size());
        assertTrue(Db.exists(db, "kept"));
        assertFalse(Db.exists(db, "undone"));
        assertEquals(List.of("20260101000001|one|1", "20260101000002|own|1"), Db.history(db));
    }

    @Test
    void allowedTransactionControlInsideTheRunnersTransactionIsRefused(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "-- shale:allow transaction-control\nCREATE TABLE one (id int);\nCOMMIT;");

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertTrue(refused.description().contains("would break the batch's atomicity"), refused.description());
        assertTrue(refused.fix().contains("-- shale:transactional false"), refused.fix());
        assertFalse(Db.exists(db, "one"));
    }

    @Test
    void aMigrationThatLeavesItsOwnTransactionOpenIsRolledBackAndNotRecorded(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "open", "-- shale:transactional false\n-- shale:allow transaction-control\n"
                        + "BEGIN;\nCREATE TABLE half (id int);\n");

        MigrationFailedException failed = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertTrue(failed.getMessage().contains("left a transaction of its own open"), failed.getMessage());
        assertFalse(Db.exists(db, "half"));
        assertTrue(Db.exists(db, "one"));
        assertEquals(List.of("20260101000001|one|1"), Db.history(db));
    }

    @Test
    void unlockingTheRunnersLockIsRefusedUnlessAllowed(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);\nSELECT pg_advisory_unlock_all();");
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertTrue(refused.description().contains("line 2: SELECT pg_advisory_unlock_all()"), refused.description());
        assertFalse(Db.exists(db, "one"));

        files.up("20260101000001", "one", "-- shale:allow session-control\nCREATE TABLE one (id int);\n"
                + "SELECT pg_advisory_unlock_all();");
        assertEquals(1, Shale.migrate(Db.dataSource(db), files.source()).applied().size());
        assertTrue(Db.exists(db, "one"));
    }

    @ParameterizedTest
    @EnumSource(TransactionMode.class)
    void aSetInOneMigrationDoesNotReachTheNext(TransactionMode mode, TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "seen", SEEN)
                .up("20260101000002", "sets", "CREATE SCHEMA other;\nSET search_path TO other;\n"
                        + "SET lock_timeout = '1ms';\nCREATE TABLE inside (id int);\n" + record("sets"))
                .up("20260101000003", "next", "CREATE TABLE after (id int);\n" + record("next"));

        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTransactionMode(mode));

        assertEquals(List.of("next|public|500ms", "sets|other|1ms"), seen(db));
        assertEquals(List.of("public"), Db.strings(db, "SELECT table_schema FROM information_schema.tables"
                + " WHERE table_name = 'after'"));
        assertEquals(List.of("other"), Db.strings(db, "SELECT table_schema FROM information_schema.tables"
                + " WHERE table_name = 'inside'"));
    }

    @Test
    void aSetInANonTransactionalMigrationDoesNotReachTheNext(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "seen", SEEN)
                .up("20260101000002", "sets", "-- shale:transactional false\nCREATE SCHEMA other;\n"
                        + "SET search_path TO other;\nSET lock_timeout = '1ms';\n" + record("sets"))
                .up("20260101000003", "next", "CREATE TABLE after (id int);\n" + record("next"));

        Shale.migrate(Db.dataSource(db), files.source());

        assertEquals(List.of("next|public|500ms", "sets|other|1ms"), seen(db));
    }

    @Test
    void theDryRunShowsTheRestoringStatements(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "sets", "SET search_path TO app;\nSET LOCAL statement_timeout = '5s';\n"
                        + "CREATE TABLE t (id int);");

        MigrateResult plan = Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withDryRun(true));

        String sql = plan.plan().sql();
        assertTrue(sql.contains("CREATE TABLE t (id int);\nSET search_path TO 'public';\nSET statement_timeout TO '0ms';"), sql);
        assertFalse(Db.exists(db, "shale_migrations"));
    }

    private static String record(String migration) {
        return "INSERT INTO public.seen VALUES ('" + migration + "', current_setting('search_path'),"
                + " current_setting('lock_timeout'));";
    }

    private static List<String> seen(TestDatabase db) {
        return Db.strings(db, "SELECT migration || '|' || search_path || '|' || lock_timeout FROM public.seen"
                + " ORDER BY migration");
    }
}
