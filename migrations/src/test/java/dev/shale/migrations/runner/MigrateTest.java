package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.ErrorClass;
import dev.shale.api.FailedStatement;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.Shale;
import dev.shale.api.TransactionMode;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class MigrateTest {

    @TempDir
    Path root;

    private MigrationFiles five(String third) {
        return new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int PRIMARY KEY);")
                .up("20260101000002", "two", "CREATE TABLE two (id int REFERENCES one);\nINSERT INTO one VALUES (1);")
                .up("20260101000003", "three", third)
                .up("20260101000004", "four", "CREATE TABLE four (id int);")
                .up("20260101000005", "five", "CREATE INDEX five_i ON four (id);");
    }

    @Test
    void appliesPendingMigrationsAsOneBatchAndRecordsThem(TestDatabase db) {
        MigrationFiles files = five("CREATE TABLE three (id int);");
        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source());
        assertEquals(1, result.batch());
        assertEquals(5, result.applied().size());
        assertEquals("migrations/20260101000003_three.sql", result.applied().get(2).file());
        assertEquals(List.of("20260101000001|one|1", "20260101000002|two|1", "20260101000003|three|1",
                "20260101000004|four|1", "20260101000005|five|1"), Db.history(db));
        // the history checksum is the file's shale.sum entry
        String sumEntry = new MigrationDirectory(root, files.folder(), root.resolve("snapshots")).readSum().orElseThrow()
                .entries().get("20260101000003_three.sql");
        assertEquals(List.of(sumEntry), Db.strings(db,
                "SELECT checksum FROM shale_migrations WHERE version = '20260101000003'"));
        assertEquals(List.of("postgres@"), Db.strings(db,
                "SELECT DISTINCT split_part(applied_by, '@', 1) || '@' FROM shale_migrations"));

        MigrateResult again = Shale.migrate(Db.dataSource(db), files.source());
        assertTrue(again.nothingToDo());
        assertEquals(0, again.batch());

        files.up("20260101000006", "six", "CREATE TABLE six (id int);");
        assertEquals(2, Shale.migrate(Db.dataSource(db), files.source()).batch());
        assertEquals("20260101000006|six|2", Db.history(db).get(5));
    }

    @Test
    void failureInTheThirdOfFiveLeavesDatabaseAndHistoryAsBefore(TestDatabase db) {
        MigrationFiles files = five("CREATE TABLE three (id int);\nCREATE TABLE one (id int);\nCREATE TABLE never (id int);");
        String before = db.dump();
        long classes = Db.classCount(db);

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(before, db.dump());
        assertEquals(classes, Db.classCount(db));
        assertFalse(Db.exists(db, "public.shale_migrations"));
        assertEquals(ErrorClass.OBJECT_EXISTS, failure.errorClass());
        assertEquals("migrations/20260101000003_three.sql", failure.file());
        assertEquals("20260101000003", failure.version());
        FailedStatement statement = failure.statement().orElseThrow();
        assertEquals(2, statement.index());
        assertEquals(2, statement.line());
        assertEquals("CREATE TABLE one (id int)", statement.firstLine());
        assertEquals("42P07", failure.error().sqlState());
        assertEquals("relation \"one\" already exists", failure.error().message());
        assertEquals(List.of(), failure.committedVersions());
        assertTrue(failure.getMessage().startsWith("migrations/20260101000003_three.sql failed at statement 2 (line 2):"
                + " CREATE TABLE one (id int)\nPostgreSQL: relation \"one\" already exists (SQLSTATE 42P07)\n"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("No migration of this run was recorded."), failure.getMessage());
        assertEquals(ErrorClass.OBJECT_EXISTS.hint(), failure.hint());
    }

    @Test
    void anEnumValueLeftByAnInterruptedRunIsNotBlamedOnAHandEdit(TestDatabase db) {
        // an earlier run committed the value (the runner commits after ADD VALUE) and was killed before recording
        db.execute("CREATE TYPE mood AS ENUM ('happy')", "ALTER TYPE mood ADD VALUE 'calm'");
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "calm",
                "ALTER TYPE mood ADD VALUE 'calm';\nCREATE TABLE moods (m mood DEFAULT 'calm');");

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(ErrorClass.OBJECT_EXISTS, failure.errorClass());
        assertTrue(failure.hint().startsWith("the object already exists, and migrations/20260101000001_calm.sql commits"
                + " an enum value addition before it is recorded, so an earlier run of this migration may have been"
                + " interrupted after creating it"), failure.hint());
        assertTrue(failure.hint().contains("shale migrate --mark-applied 20260101000001"), failure.hint());
        assertTrue(failure.getMessage().contains("OBJECT_EXISTS: " + failure.hint() + "."), failure.getMessage());
    }

    @Test
    void failureWithExistingHistoryLeavesItUnchanged(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);");
        Shale.migrate(Db.dataSource(db), files.source());
        List<String> history = Db.history(db);
        String before = db.dump();
        files.up("20260101000002", "two", "CREATE TABLE two (id int);")
                .up("20260101000003", "three", "ALTER TABLE two ADD COLUMN x int;\nSELECT no_such_function();")
                .up("20260101000004", "four", "CREATE TABLE four (id int);");

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(ErrorClass.UNDEFINED_OBJECT, failure.errorClass());
        assertEquals(before, db.dump());
        assertEquals(history, Db.history(db));
        assertEquals(List.of("{1}"), Db.strings(db, "SELECT array_agg(batch)::text FROM shale_migrations"));
    }

    @Test
    void eachModeKeepsTheMigrationsBeforeTheFailure(TestDatabase db) {
        MigrationFiles files = five("CREATE TABLE three (id int);\nCREATE TABLE one (id int);");
        MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> Shale.migrate(
                Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTransactionMode(TransactionMode.EACH)));
        assertEquals(List.of("20260101000001", "20260101000002"), failure.committedVersions());
        assertEquals(List.of("20260101000001|one|1", "20260101000002|two|1"), Db.history(db));
        assertFalse(Db.exists(db, "public.three"));
        assertTrue(failure.getMessage().endsWith("Applied and recorded before the failure: 20260101000001,"
                + " 20260101000002."), failure.getMessage());
    }

    @Test
    void editedAppliedMigrationIsRefusedBeforeAnythingRuns(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);");
        Shale.migrate(Db.dataSource(db), files.source());
        files.up("20260101000001", "one", "CREATE TABLE one (id bigint);")
                .up("20260101000002", "two", "CREATE TABLE two (id int);");
        String before = db.dump();

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(Reason.CHECKSUM_CHANGED, refused.reason());
        assertEquals("migrations/20260101000001_one.sql", refused.file().orElseThrow());
        assertTrue(refused.getMessage().startsWith("migrations/20260101000001_one.sql changed after it was applied"
                + " in batch 1 at "), refused.getMessage());
        assertTrue(refused.fix().startsWith("restore it from version control (git checkout --"
                + " migrations/20260101000001_one.sql); never edit or delete an applied migration"), refused.fix());
        assertEquals(before, db.dump());
        assertEquals(List.of("20260101000001|one|1"), Db.history(db));
    }

    @Test
    void appliedMigrationMissingFromDiskIsRefused(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "two", "CREATE TABLE two (id int);");
        Shale.migrate(Db.dataSource(db), files.source());
        files.delete("20260101000001_one.sql").up("20260101000003", "three", "CREATE TABLE three (id int);");

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals(Reason.FILE_MISSING, refused.reason());
        assertEquals("migrations/20260101000001_one.sql", refused.file().orElseThrow());
        assertFalse(Db.exists(db, "public.three"));
    }

    @Test
    void handEditNotInShaleSumIsRefused(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);");
        files.writeWithoutHash("20260101000001_one.sql", "CREATE TABLE one (id bigint);");
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals(Reason.SUM_MISMATCH, refused.reason());
        assertEquals("migrations/20260101000001_one.sql", refused.file().orElseThrow());
        assertFalse(Db.exists(db, "public.one"));
    }

    @Test
    void concurrentIndexOutsideTheTransactionThenATransactionalMigration(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "table", "CREATE TABLE t (a int);\nINSERT INTO t SELECT generate_series(1, 1000);")
                .up("20260101000002", "index", MigrationFiles.header(false, "none")
                        + "\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n")
                .up("20260101000003", "more", "ALTER TABLE t ADD COLUMN b int;");
        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source(),
                MigrateOptions.DEFAULTS.withSettings(MigrateOptions.DEFAULTS.settings()
                        .withLockTimeout(java.time.Duration.ofSeconds(5))));
        assertEquals(3, result.applied().size());
        assertEquals(List.of(true, false, true), result.plan().steps().stream().map(s -> s.transactional()).toList());
        assertEquals(List.of("true"), Db.strings(db, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 't_a'::regclass"));
        assertEquals(3, Db.history(db).size());
        assertTrue(result.plan().sql().contains("-- step 2: outside a transaction"), result.plan().sql());
    }

    @Test
    void concurrentIndexInATransactionalMigrationSaysHowToMarkIt(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "index", "CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY t_a ON t (a);");
        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals(ErrorClass.TRANSACTION_BLOCK, failure.errorClass());
        assertTrue(failure.getMessage().contains("-- shale:transactional false"), failure.getMessage());
    }

    @Test
    void enumValueAddedThenUsedInOneRun(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "role", "CREATE TYPE role AS ENUM ('client', 'admin');\n"
                        + "CREATE TABLE users (id int, role role NOT NULL DEFAULT 'client');")
                .up("20260101000002", "super", "ALTER TYPE role ADD VALUE IF NOT EXISTS 'super_admin';")
                .up("20260101000003", "use", "INSERT INTO users VALUES (1, 'super_admin');\n"
                        + "ALTER TABLE users ALTER COLUMN role SET DEFAULT 'super_admin';");
        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source());
        assertEquals(3, result.applied().size());
        assertEquals(List.of("super_admin"), Db.strings(db, "SELECT role::text FROM users"));
        assertTrue(result.plan().migrations().get(1).statements().get(0).commitAfter());
        // the migration that adds the value is recorded in the transaction that commits it
        assertTrue(result.plan().sql().contains("'super_admin';\n-- record 20260101000002 in \"public\".\"shale_migrations\"\n"
                + "-- committed here"), result.plan().sql());
    }

    @Test
    void runBlockedByAnotherSessionsTableLockFailsWithLockTimeoutAndChangesNothing(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "t", "CREATE TABLE t (a int);");
        Shale.migrate(Db.dataSource(db), files.source());
        files.up("20260101000002", "other", "CREATE TABLE other (a int);")
                .up("20260101000003", "alter", "ALTER TABLE t ADD COLUMN b int;");
        String before = db.dump();
        List<String> history = Db.history(db);
        try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
            long start = System.nanoTime();
            MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                    () -> Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withSettings(
                            MigrateOptions.DEFAULTS.settings().withLockTimeout(java.time.Duration.ofMillis(300))
                                    .withLockRetries(0, java.time.Duration.ZERO))));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5000);
            assertEquals(ErrorClass.LOCK_TIMEOUT, failure.errorClass());
            assertEquals("55P03", failure.error().sqlState());
            assertEquals("migrations/20260101000003_alter.sql", failure.file());
            blocker.rollback();
        }
        assertEquals(before, db.dump());
        assertEquals(history, Db.history(db));
    }

    @Test
    void eightThreadsApplyEachMigrationExactlyOnce(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "counter", "CREATE TABLE runs (migration text);")
                .up("20260101000002", "slow", "INSERT INTO runs VALUES ('2');\nSELECT pg_sleep(0.3);")
                .up("20260101000003", "index", MigrationFiles.header(false, "none")
                        + "CREATE INDEX CONCURRENTLY runs_i ON runs (migration);")
                .up("20260101000004", "last", "INSERT INTO runs VALUES ('4');\nCREATE TABLE last (id int);");
        DataSource dataSource = Db.dataSource(db);
        List<java.util.concurrent.Future<MigrateResult>> futures;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Callable<MigrateResult>> tasks = java.util.stream.IntStream.range(0, 8)
                    .<java.util.concurrent.Callable<MigrateResult>>mapToObj(i -> () -> {
                        start.await();
                        return Shale.migrate(dataSource, files.source());
                    }).toList();
            futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            int appliedTotal = 0;
            int runsThatApplied = 0;
            for (var future : futures) {
                MigrateResult result = future.get(60, java.util.concurrent.TimeUnit.SECONDS);
                appliedTotal += result.applied().size();
                runsThatApplied += result.applied().isEmpty() ? 0 : 1;
            }
            assertEquals(4, appliedTotal);
            assertEquals(1, runsThatApplied);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("2", "4"), Db.strings(db, "SELECT migration FROM runs ORDER BY 1"));
        assertEquals(List.of("20260101000001|counter|1", "20260101000002|slow|1", "20260101000003|index|1",
                "20260101000004|last|1"), Db.history(db));
        // pg_locks shows the whole server: count only this test's database, other suites may run beside it.
        assertEquals(List.of("0"), Db.strings(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    }

    @Test
    void dryRunReturnsTheSqlAndChangesNothing(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "-- comment\nCREATE TABLE one (id int);\n\nINSERT INTO one VALUES (1);")
                .up("20260101000002", "idx", MigrationFiles.header(false, "none")
                        + "CREATE INDEX CONCURRENTLY one_i ON one (id);");
        String before = db.dump();
        long classes = Db.classCount(db);

        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withDryRun(true));

        assertEquals(before, db.dump());
        assertEquals(classes, Db.classCount(db));
        assertFalse(Db.exists(db, "public.shale_migrations"));
        assertTrue(result.dryRun());
        assertEquals(List.of(), result.applied());
        assertEquals(1, result.batch());
        assertEquals("""
                -- shale migrate: 2 migrations in 2 steps, batch 1, history "public"."shale_migrations"

                -- step 1: one transaction
                BEGIN;

                -- migrations/20260101000001_one.sql (hazards: none)
                CREATE TABLE one (id int);
                INSERT INTO one VALUES (1);
                -- record 20260101000001 in "public"."shale_migrations"
                COMMIT;

                -- step 2: outside a transaction (shale:transactional false), recorded once it succeeded

                -- migrations/20260101000002_idx.sql (hazards: none)
                CREATE INDEX CONCURRENTLY one_i ON one (id);
                -- record 20260101000002 in "public"."shale_migrations"
                """, result.plan().sql());
    }

    @Test
    void outOfOrderMigrationIsRefusedUnlessAllowed(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000003", "three", "CREATE TABLE three (id int);");
        Shale.migrate(Db.dataSource(db), files.source());
        files.up("20260101000002", "two", "CREATE TABLE two (id int);");

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals(Reason.OUT_OF_ORDER, refused.reason());
        assertEquals("migrations/20260101000002_two.sql", refused.file().orElseThrow());
        assertTrue(refused.getMessage().startsWith("pending migration migrations/20260101000002_two.sql is older than"
                + " the newest applied migration 20260101000003"), refused.getMessage());
        assertFalse(Db.exists(db, "public.two"));

        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source(),
                MigrateOptions.DEFAULTS.withAllowOutOfOrder(true));
        assertEquals(List.of("20260101000002"), result.applied().stream().map(a -> a.version()).toList());
        assertTrue(Db.history(db).contains("20260101000002|two|2"));
    }

    @Test
    void targetVersionStopsThere(TestDatabase db) {
        MigrationFiles files = five("CREATE TABLE three (id int);");
        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000003"));
        assertEquals(3, result.applied().size());
        assertEquals(3, Db.history(db).size());
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class, () -> Shale.migrate(
                Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000009")));
        assertEquals(Reason.INVALID_REQUEST, refused.reason());
        assertEquals(Reason.INVALID_REQUEST, assertThrows(MigrationRefusedException.class, () -> Shale.migrate(
                Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("last"))).reason());
    }

    @Test
    void dataLossMigrationIsRefusedUnlessAllowed(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "drop", MigrationFiles.header(true, "data-loss") + "DROP TABLE one;");
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals(Reason.DATA_LOSS, refused.reason());
        assertFalse(Db.exists(db, "public.one"));
        assertEquals(2, Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withAllowDataLoss(true))
                .applied().size());
    }

    @Test
    void statementTimeoutIsItsOwnClass(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "slow", "SELECT pg_sleep(5);");
        MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> Shale.migrate(
                Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withSettings(MigrateOptions.DEFAULTS.settings()
                        .withStatementTimeout(java.time.Duration.ofMillis(200)))));
        assertEquals(ErrorClass.STATEMENT_TIMEOUT, failure.errorClass());
        assertEquals("57014", failure.error().sqlState());
    }

    @Test
    void runTimeoutCancelsTheRunningStatement(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "t", "CREATE TABLE t (id int);")
                .up("20260101000002", "slow", "SELECT pg_sleep(30);");
        long start = System.nanoTime();
        MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> Shale.migrate(
                Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withSettings(MigrateOptions.DEFAULTS.settings()
                        .withRunTimeout(java.time.Duration.ofMillis(700)))));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000);
        assertEquals(ErrorClass.RUN_TIMEOUT, failure.errorClass());
        assertEquals("migrations/20260101000002_slow.sql", failure.file());
        assertFalse(Db.exists(db, "public.t"));
    }

    @Test
    void anotherRunnerHoldingTheLockTooLongIsRunnerLocked(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "t", "CREATE TABLE t (id int);");
        long key = dev.shale.migrations.runner.lock.AdvisoryLock.keyOf("\"public\".\"shale_migrations\"");
        try (Connection other = db.connect(); Statement statement = other.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + key + ")");
            dev.shale.api.DatabaseException failure = assertThrows(dev.shale.api.DatabaseException.class,
                    () -> Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withSettings(
                            MigrateOptions.DEFAULTS.settings().withLockWait(java.time.Duration.ofMillis(300)))));
            assertEquals(ErrorClass.RUNNER_LOCKED, failure.errorClass());
            assertTrue(failure.getMessage().contains("held by the session with pid "), failure.getMessage());
        }
        assertFalse(Db.exists(db, "public.t"));
        assertEquals(1, Shale.migrate(Db.dataSource(db), files.source()).applied().size());
    }

    @Test
    void errorPositionPointsAtTheFileLine(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "bad",
                "-- header\n\nCREATE TABLE t (\n  id int,\n  name txet\n);");
        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        FailedStatement statement = failure.statement().orElseThrow();
        assertEquals(3, statement.line());
        assertEquals(5, statement.errorLine());
        assertTrue(failure.error().position() > 0);
        assertEquals(ErrorClass.UNDEFINED_OBJECT, failure.errorClass());
        assertTrue(failure.getMessage().contains("\nPosition: line 5 of migrations/20260101000001_bad.sql\n"),
                failure.getMessage());
    }

    @Test
    void syntaxErrorsCarryDetailAndClass(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "bad", "CREATE TABEL t (id int);");
        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals(ErrorClass.SYNTAX, failure.errorClass());
        assertEquals("42601", failure.error().sqlState());
    }

    @Test
    void historyInAnotherSchemaIsCreatedWithIt(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);");
        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withSettings(
                MigrateOptions.DEFAULTS.settings().withHistorySchema("shale meta")));
        assertEquals("\"shale meta\".\"shale_migrations\"", result.plan().historyTable());
        assertEquals(List.of("20260101000001"), Db.strings(db, "SELECT version FROM \"shale meta\".shale_migrations"));
        assertFalse(Db.exists(db, "public.shale_migrations"));
    }
}
