package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.ErrorClass;
import dev.shale.api.LockRetry;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.MigrationStatus;
import dev.shale.api.RollbackOptions;
import dev.shale.api.Shale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Files of several steps on a real PostgreSQL: order, progress, resuming, safe index rebuilds, lock-timeout retries. */
@ExtendWith(PostgresExtension.class)
class StepsRunTest {

    private static final String TABLES = """
            CREATE TABLE customers (id int PRIMARY KEY);
            INSERT INTO customers SELECT g FROM generate_series(1, 50) g;
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, created_at timestamptz NOT NULL);
            INSERT INTO orders SELECT g, 1 + g % 50, now() - g * interval '1 minute' FROM generate_series(1, 2000) g;
            CREATE TABLE log (step int NOT NULL);
            CREATE TABLE gate (step int NOT NULL);
            """;

    /** Three steps, each starting with a gate that stops the run unless the gate table lets that step through. */
    private static final String ONLINE = """
            -- Shale migration (up)
            -- shale:hazards long-lock
            -- shale:hazard index-not-concurrent error public.orders_created_at_idx
            -- shale:step 1 transactional
            SET lock_timeout = '2s';
            %s
            INSERT INTO log VALUES (1);
            ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

            -- shale:step 2 non-transactional
            SET statement_timeout = '0';
            %s
            INSERT INTO log VALUES (2);
            CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);

            -- shale:step 3 transactional
            %s
            INSERT INTO log VALUES (3);
            ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
            """.formatted(gate(1), gate(2), gate(3));

    @TempDir
    Path root;

    private static String gate(int step) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM gate WHERE step = " + step + ") THEN RAISE EXCEPTION"
                + " 'stopped before step " + step + "'; END IF; END $$;";
    }

    private static void execute(TestDatabase db, String sql) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void open(TestDatabase db, int... steps) {
        for (int step : steps) {
            execute(db, "INSERT INTO gate VALUES (" + step + ")");
        }
    }

    private static List<String> progress(TestDatabase db) {
        if (!Db.exists(db, "public.shale_migration_progress")) {
            return List.of();
        }
        return Db.strings(db, "SELECT version || '|' || direction || '|' || step || '|' || steps"
                + " FROM shale_migration_progress ORDER BY 1");
    }

    private static String partial(TestDatabase db, MigrationFiles files, String version) {
        return Shale.status(Db.dataSource(db), files.source()).migrations().stream()
                .filter(m -> m.version().equals(version)).findFirst().map(MigrationStatus::partial).orElse(null);
    }

    private MigrationFiles online() {
        return new MigrationFiles(root).up("20260101000001", "tables", TABLES).up("20260101000002", "online", ONLINE);
    }

    private static void assertOnlineDone(TestDatabase db) {
        assertEquals(List.of("1", "2", "3"), Db.strings(db, "SELECT step::text FROM log ORDER BY step"));
        assertEquals(List.of("true"), Db.strings(db, "SELECT convalidated::text FROM pg_constraint"
                + " WHERE conname = 'orders_customer_fk'"));
        assertEquals(List.of("true"), Db.strings(db, "SELECT indisvalid::text FROM pg_index"
                + " WHERE indexrelid = 'orders_created_at_idx'::regclass"));
        assertEquals(List.of("2000"), Db.strings(db, "SELECT count(*)::text FROM orders"));
        assertEquals(List.of("20260101000001|tables|1", "20260101000002|online|2"), Db.history(db));
        assertEquals(List.of(), progress(db));
    }

    @Test
    void stepsRunInOrderOnAPopulatedTableAndThePlanShowsThem(TestDatabase db) {
        MigrationFiles files = online();
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        open(db, 1, 2, 3);

        MigrateResult dryRun = Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withDryRun(true));
        String sql = dryRun.plan().sql();
        assertTrue(sql.contains("-- shale migrate: 1 migration in 3 steps"), sql);
        assertTrue(sql.contains("-- step 1: one transaction\nBEGIN;\n\n-- migrations/20260101000002_online.sql, step 1 of"
                + " 3, transactional (hazards: long-lock)\n"), sql);
        assertTrue(sql.contains("-- step 2: outside a transaction, recorded once it succeeded\n\n"
                + "-- migrations/20260101000002_online.sql, step 2 of 3, non-transactional (hazards: long-lock)\n"
                + "-- hazard: index-not-concurrent error public.orders_created_at_idx\n"), sql);
        assertTrue(sql.contains("-- record the progress of 20260101000002\nCOMMIT;"), sql);
        // the statements putting the run's settings back end the last step, before its record
        assertTrue(sql.contains("ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;\nSET lock_timeout TO"), sql);
        assertTrue(sql.endsWith("-- record 20260101000002 in \"public\".\"shale_migrations\"\nCOMMIT;\n"), sql);
        // the API says the migration once, with a part per step
        assertEquals(List.of("20260101000002"), dryRun.plan().migrations().stream().map(m -> m.version()).toList());
        assertEquals(List.of("step 1 of 3, transactional", "step 2 of 3, non-transactional", "step 3 of 3, transactional"),
                dryRun.plan().migrations().get(0).parts().stream().map(p -> p.part()).toList());
        assertEquals(false, dryRun.plan().migrations().get(0).transactional());

        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source());
        assertEquals(1, result.applied().size());
        assertEquals(List.of(true, false, true), result.plan().steps().stream().map(s -> s.transactional()).toList());
        assertOnlineDone(db);
    }

    @Test
    void aFileOfSeveralStepsIsTimedFromItsFirstStepToItsLast(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "slow", """
                -- shale:step 1 transactional
                SELECT pg_sleep(0.3);

                -- shale:step 2 non-transactional
                SELECT pg_sleep(0.3);

                -- shale:step 3 transactional
                CREATE TABLE t (a int);
                """);

        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source());

        // each step sleeps 0.3 s: the history and the result count all three steps, not the last one alone
        assertTrue(result.applied().get(0).executionMs() >= 600, result.applied().toString());
        assertTrue(Long.parseLong(Db.strings(db, "SELECT execution_ms::text FROM shale_migrations").get(0)) >= 600);
    }

    @Test
    void aRunStoppedAtAnyStepBoundaryResumesAtTheFirstUnfinishedStep(TestDatabase db) {
        MigrationFiles files = online();
        for (int stop = 1; stop <= 3; stop++) {
            execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
            for (int step = 1; step < stop; step++) {
                open(db, step);
            }
            MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                    () -> Shale.migrate(Db.dataSource(db), files.source()));
            assertTrue(failure.getMessage().contains("stopped before step " + stop), failure.getMessage());
            List<String> logged = new ArrayList<>();
            for (int step = 1; step < stop; step++) {
                logged.add(String.valueOf(step));
            }
            assertEquals(logged, Db.strings(db, "SELECT step::text FROM log ORDER BY step"));
            assertEquals(stop == 1 ? List.of() : List.of("20260101000002|up|" + (stop - 1) + "|3"), progress(db));
            assertEquals(stop == 1 ? null : "partial: step " + (stop - 1) + " of 3", partial(db, files, "20260101000002"));
            assertEquals(List.of("20260101000001|tables|1"), Db.history(db));

            for (int step = stop; step <= 3; step++) {
                open(db, step);
            }
            MigrateResult result = Shale.migrate(Db.dataSource(db), files.source());
            assertEquals(1, result.applied().size());
            assertOnlineDone(db);
        }
    }

    @Test
    void anInvalidIndexLeftByAFailedConcurrentBuildIsDroppedAndRebuilt(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "users", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n"
                        + "INSERT INTO users SELECT g, 'u' || g || '@example.com' FROM generate_series(1, 500) g;\n"
                        + "INSERT INTO users VALUES (501, 'u1@example.com');\nCREATE TABLE log (step int);")
                .up("20260101000002", "unique_email", """
                        -- shale:step 1 transactional
                        INSERT INTO log VALUES (1);
                        -- shale:step 2 non-transactional
                        CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);
                        -- shale:step 3 transactional
                        ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;
                        """);
        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals("23505", failure.error().sqlState());
        // the failed build left an INVALID index behind, and step 1 is recorded
        assertEquals(List.of("false"), Db.strings(db, "SELECT indisvalid::text FROM pg_index"
                + " WHERE indexrelid = 'users_email_key'::regclass"));
        assertEquals(List.of("20260101000002|up|1|3"), progress(db));
        assertTrue(failure.getMessage().contains("a rerun resumes at the first unfinished step"), failure.getMessage());

        execute(db, "DELETE FROM users WHERE id = 501");
        Shale.migrate(Db.dataSource(db), files.source());

        assertEquals(List.of("true"), Db.strings(db, "SELECT indisvalid::text FROM pg_index"
                + " WHERE indexrelid = 'users_email_key'::regclass"));
        assertEquals(List.of("u"), Db.strings(db, "SELECT contype::text FROM pg_constraint WHERE conname = 'users_email_key'"));
        assertEquals(List.of("1"), Db.strings(db, "SELECT step::text FROM log"));
        assertEquals(List.of("500"), Db.strings(db, "SELECT count(*)::text FROM users"));
        assertEquals(List.of("20260101000001|users|1", "20260101000002|unique_email|2"), Db.history(db));
        assertEquals(List.of(), progress(db));
    }

    @Test
    void aValidIndexOfTheNameCountsAsBuilt(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "t", "CREATE TABLE \"Things\" (a int);\nINSERT INTO \"Things\" SELECT generate_series(1, 100);")
                .up("20260101000002", "index", """
                        -- shale:step 1 non-transactional
                        CREATE INDEX CONCURRENTLY "Things_a" ON public."Things" (a);
                        -- shale:step 2 transactional
                        COMMENT ON INDEX "Things_a" IS 'built';
                        """);
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        // an earlier run built the index and was killed before recording the step
        execute(db, "CREATE INDEX \"Things_a\" ON \"Things\" (a)");
        Shale.migrate(Db.dataSource(db), files.source());
        assertEquals(List.of("built"), Db.strings(db, "SELECT obj_description('public.\"Things_a\"'::regclass, 'pg_class')"));
        assertEquals(2, Db.history(db).size());
    }

    @Test
    void aPartlyAppliedFileThatChangedIsRefused(TestDatabase db) {
        MigrationFiles files = online();
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        open(db, 1);
        assertThrows(MigrationFailedException.class, () -> Shale.migrate(Db.dataSource(db), files.source()));
        open(db, 2, 3);
        files.up("20260101000002", "online", ONLINE.replace("VALIDATE CONSTRAINT", "VALIDATE CONSTRAINT /* edited */"));

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(Reason.CHECKSUM_CHANGED, refused.reason());
        assertTrue(refused.description().startsWith("migrations/20260101000002_online.sql is partly applied (steps 1"
                + " to 1 of 3 ran, finished at "), refused.description());
        assertTrue(refused.description().endsWith("Nothing was run."), refused.description());
        assertTrue(refused.fix().startsWith("restore the file as it was when that run started (git checkout --"
                + " migrations/20260101000002_online.sql) and run again, so it resumes at step 2"), refused.fix());
        assertEquals(List.of("1"), Db.strings(db, "SELECT step::text FROM log"));
        assertEquals(List.of("20260101000002|up|1|3"), progress(db));
    }

    @Test
    void theCommitAfterAnEnumValueAdditionRecordsProgressSoARerunResumes(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "mood", "CREATE TYPE mood AS ENUM ('ok');\nCREATE TABLE gate (step int);")
                .up("20260101000002", "sad", "ALTER TYPE mood ADD VALUE 'sad';\n" + gate(2)
                        + "\nCREATE TABLE feelings (m mood NOT NULL DEFAULT 'sad');\nINSERT INTO feelings DEFAULT VALUES;");
        assertThrows(MigrationFailedException.class, () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals(List.of("ok", "sad"), Db.strings(db, "SELECT unnest(enum_range(NULL::mood))::text"));
        assertEquals(List.of("20260101000002|up|1|2"), progress(db));
        assertEquals("partial: step 1 of 2", partial(db, files, "20260101000002"));

        open(db, 2);
        // ADD VALUE without IF NOT EXISTS: running it again would fail, so the rerun must resume after it
        Shale.migrate(Db.dataSource(db), files.source());
        assertEquals(List.of("sad"), Db.strings(db, "SELECT m::text FROM feelings"));
        assertEquals(List.of("20260101000001|mood|1", "20260101000002|sad|2"), Db.history(db));
        assertEquals(List.of(), progress(db));
    }

    @Test
    void aRollbackOfStepsResumesToo(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "gate", "CREATE TABLE gate (step int);\nCREATE TABLE log (step int);")
                .up("20260101000002", "t", "CREATE TABLE t (a int);\nINSERT INTO t SELECT generate_series(1, 100);\n"
                        + "CREATE INDEX t_a ON t (a);")
                .down("20260101000002", "t", """
                        -- shale:step 1 non-transactional
                        INSERT INTO log VALUES (1);
                        DROP INDEX CONCURRENTLY IF EXISTS t_a;
                        -- shale:step 2 transactional
                        %s
                        INSERT INTO log VALUES (2);
                        DROP TABLE t;
                        """.formatted(gate(2)));
        Shale.migrate(Db.dataSource(db), files.source());
        assertThrows(MigrationFailedException.class, () -> Shale.rollback(Db.dataSource(db), files.source(),
                RollbackOptions.DEFAULTS.withSteps(1)));
        assertEquals(List.of("20260101000002|down|1|2"), progress(db));
        assertEquals("partial rollback: step 1 of 2", partial(db, files, "20260101000002"));
        open(db, 2);
        Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS.withSteps(1));
        assertEquals(List.of("1", "2"), Db.strings(db, "SELECT step::text FROM log ORDER BY step"));
        assertEquals(List.of("20260101000001|gate|1"), Db.history(db));
        assertEquals(List.of(), progress(db));
    }

    @Test
    void aLockTimeoutIsRetriedUntilTheLockIsFree(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "t", "CREATE TABLE t (a int);\nINSERT INTO t SELECT generate_series(1, 100);\n"
                        + "CREATE TABLE u (a int);\nINSERT INTO u SELECT generate_series(1, 100);")
                .up("20260101000002", "alter", """
                        -- shale:step 1 transactional
                        ALTER TABLE t ADD COLUMN b int;
                        -- shale:step 2 non-transactional
                        CREATE INDEX CONCURRENTLY u_a ON u (a);
                        """);
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        List<LockRetry> retries = new ArrayList<>();
        try (Connection onT = db.connect(); Statement lockT = onT.createStatement();
                Connection onU = db.connect(); Statement lockU = onU.createStatement()) {
            onT.setAutoCommit(false);
            lockT.execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
            onU.setAutoCommit(false);
            lockU.execute("LOCK TABLE u IN ACCESS EXCLUSIVE MODE");
            MigrateOptions options = MigrateOptions.DEFAULTS.withSettings(MigrateOptions.DEFAULTS.settings()
                    .withLockTimeout(Duration.ofMillis(100)).withLockRetries(5, Duration.ofMillis(50)))
                    .withListener(retry -> {
                        retries.add(retry);
                        // the other sessions end their transactions while the runner waits: t's after the second
                        // retry of step 1, u's at the first retry of step 2's statement
                        try {
                            if (retries.size() == 2) {
                                onT.rollback();
                            } else if (retries.size() == 3) {
                                onU.rollback();
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            MigrateResult result = Shale.migrate(Db.dataSource(db), files.source(), options);
            assertEquals(1, result.applied().size());
        }
        assertEquals(List.of("step 1 of 2", "step 1 of 2", "statement 2 (line 4)"),
                retries.stream().map(LockRetry::what).toList());
        assertEquals(List.of(1, 2, 1), retries.stream().map(LockRetry::attempt).toList());
        assertTrue(retries.get(0).describe().startsWith("lock timeout in migrations/20260101000002_alter.sql (step 1 of"
                + " 2): retry 1 of 5 in "), retries.get(0).describe());
        assertEquals(List.of("100"), Db.strings(db, "SELECT count(b IS NULL)::text FROM t"));
        assertEquals(List.of("true"), Db.strings(db, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'u_a'::regclass"));
        assertEquals(2, Db.history(db).size());
        assertEquals(List.of(), progress(db));
    }

    @Test
    void aLockTimeoutAfterTheCommitOfAnEnumValueIsRetriedFromTheRecordedProgress(TestDatabase db) throws Exception {
        // the batch transaction holds "other" and the enum file; the value is committed (with "other"'s history row
        // and the enum file's progress) before the ALTER TABLE waits for t's lock
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "t", "CREATE TYPE mood AS ENUM ('ok');\nCREATE TABLE t (a int);\n"
                        + "INSERT INTO t SELECT generate_series(1, 100);")
                .up("20260101000002", "other", "CREATE TABLE other (a int);")
                .up("20260101000003", "sad", "ALTER TYPE mood ADD VALUE 'sad';\n"
                        + "ALTER TABLE t ADD COLUMN m mood NOT NULL DEFAULT 'sad';");
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        List<LockRetry> retries = new ArrayList<>();
        List<String> progressAtRetry = new ArrayList<>();
        try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
            MigrateOptions options = MigrateOptions.DEFAULTS.withSettings(MigrateOptions.DEFAULTS.settings()
                    .withLockTimeout(Duration.ofMillis(100)).withLockRetries(3, Duration.ofMillis(20)))
                    .withListener(retry -> {
                        retries.add(retry);
                        progressAtRetry.addAll(progress(db));
                        try {
                            blocker.rollback();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            // ADD VALUE without IF NOT EXISTS: a retry of the whole transaction would fail on it
            MigrateResult result = Shale.migrate(Db.dataSource(db), files.source(), options);
            assertEquals(List.of("20260101000002", "20260101000003"),
                    result.applied().stream().map(m -> m.version()).toList());
        }
        assertEquals(List.of("its transaction"), retries.stream().map(LockRetry::what).toList());
        assertEquals("migrations/20260101000003_sad.sql", retries.get(0).file());
        assertEquals(List.of("20260101000003|up|1|2"), progressAtRetry);
        assertEquals(List.of("100"), Db.strings(db, "SELECT count(*) FILTER (WHERE m = 'sad')::text FROM t"));
        assertEquals(List.of("20260101000001|t|1", "20260101000002|other|2", "20260101000003|sad|2"), Db.history(db));
        assertEquals(List.of(), progress(db));
    }

    @Test
    void aLockTimeoutPastTheRetriesFailsAndRecordsNothing(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "t", "CREATE TABLE t (a int);")
                .up("20260101000002", "other", "CREATE TABLE other (a int);")
                .up("20260101000003", "alter", "ALTER TABLE t ADD COLUMN b int;");
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        String before = db.dump();
        List<LockRetry> retries = new ArrayList<>();
        try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
            MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                    () -> Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS
                            .withSettings(MigrateOptions.DEFAULTS.settings().withLockTimeout(Duration.ofMillis(100))
                                    .withLockRetries(2, Duration.ofMillis(20)))
                            .withListener(retries::add)));
            blocker.rollback();
            assertEquals(ErrorClass.LOCK_TIMEOUT, failure.errorClass());
            assertEquals("55P03", failure.error().sqlState());
            assertEquals("migrations/20260101000003_alter.sql", failure.file());
            assertTrue(failure.getMessage().endsWith("Gave up after 2 retries (database.lockRetries)."),
                    failure.getMessage());
        }
        // the batch transaction (both pending migrations) was rolled back and rerun each time
        assertEquals(List.of("the transaction of 2 migrations", "the transaction of 2 migrations"),
                retries.stream().map(LockRetry::what).toList());
        assertEquals(before, db.dump());
        assertEquals(List.of("20260101000001|t|1"), Db.history(db));
    }
}
