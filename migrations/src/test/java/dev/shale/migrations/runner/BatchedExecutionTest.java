package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.ErrorClass;
import dev.shale.api.ExecutedMigration;
import dev.shale.api.FailedStatement;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.Shale;
import dev.shale.api.TransactionMode;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The statements of a transaction and their history records go in JDBC batches; failures still name their statement. */
@ExtendWith(PostgresExtension.class)
class BatchedExecutionTest {

    @TempDir
    Path root;

    private MigrationFiles failingThirdStatementOfSecond() {
        return new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int PRIMARY KEY);\nINSERT INTO one VALUES (1), (2);")
                .up("20260101000002", "two", "-- two\nCREATE TABLE two (id int);\n\nALTER TABLE one ADD COLUMN note text;\n"
                        + "INSERT INTO two\n  SELECT id\n  FROM one\n  WHERE nope = 1;\nCREATE TABLE never (id int);")
                .up("20260101000003", "three", "CREATE TABLE three (id int);");
    }

    @Test
    void failingStatementInsideABatchIsNamedWithItsIndexAndLineAndNothingIsRecorded(TestDatabase db) {
        MigrationFiles files = failingThirdStatementOfSecond();
        String before = db.dump();

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals("migrations/20260101000002_two.sql", failure.file());
        FailedStatement statement = failure.statement().orElseThrow();
        assertEquals(3, statement.index());
        assertEquals(5, statement.line());
        assertEquals("INSERT INTO two", statement.firstLine());
        assertEquals(8, statement.errorLine());
        assertEquals("42703", failure.error().sqlState());
        assertEquals("column \"nope\" does not exist", failure.error().message());
        assertTrue(failure.error().position() > 0);
        assertEquals(ErrorClass.UNDEFINED_OBJECT, failure.errorClass());
        assertTrue(failure.getMessage().startsWith("migrations/20260101000002_two.sql failed at statement 3 (line 5):"
                + " INSERT INTO two\nPostgreSQL: column \"nope\" does not exist (SQLSTATE 42703)\n"), failure.getMessage());
        assertTrue(failure.getMessage().contains("\nPosition: line 8 of migrations/20260101000002_two.sql\n"),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith("No migration of this run was recorded."), failure.getMessage());
        assertEquals(List.of(), failure.committedVersions());
        assertEquals(before, db.dump());
        assertFalse(Db.exists(db, "public.shale_migrations"));
    }

    @Test
    void theStatementIsFoundWhenTheDriverHidesTheSql(TestDatabase db) {
        MigrationFiles files = failingThirdStatementOfSecond();
        PGSimpleDataSource quiet = (PGSimpleDataSource) Db.dataSource(db);
        quiet.setLogServerErrorDetail(false);

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(quiet, files.source()));

        assertEquals("migrations/20260101000002_two.sql", failure.file());
        assertEquals(3, failure.statement().orElseThrow().index());
        assertFalse(Db.exists(db, "public.two"));
    }

    @Test
    void failureDeepInALongBatchNamesItsMigration(TestDatabase db) {
        // 400 migrations of 2 statements and a record: the driver syncs within the batch every few hundred entries
        MigrationFiles files = new MigrationFiles(root);
        for (int i = 1; i <= 400; i++) {
            String sql = "CREATE TABLE t_" + i + " (id int);\nINSERT INTO t_" + i + " VALUES (" + i + ");";
            if (i == 377) {
                sql = "CREATE TABLE t_377 (id int);\nINSERT INTO t_377 VALUES (1 / 0);";
            }
            files.writeWithoutHash(String.format("2026010100%02d%02d_m%d.sql", i / 60, i % 60, i), sql);
        }
        files.hash();

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals("migrations/20260101000617_m377.sql", failure.file());
        assertEquals(2, failure.statement().orElseThrow().index());
        assertEquals("22012", failure.error().sqlState());
        assertFalse(Db.exists(db, "public.t_1"));
        assertFalse(Db.exists(db, "public.shale_migrations"));
    }

    @Test
    void failingHistoryRecordIsNamedAsSuch(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "sneaky", "INSERT INTO shale_migrations VALUES ('20260101000002', 'x', 'y', 1,"
                        + " now(), 0, 'me');");

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals("migrations/20260101000002_sneaky.sql", failure.file());
        assertTrue(failure.statement().isEmpty());
        assertEquals("23505", failure.error().sqlState());
        assertTrue(failure.getMessage().startsWith("migrations/20260101000002_sneaky.sql failed while recording it in"
                + " the history table\n"), failure.getMessage());
        assertFalse(Db.exists(db, "public.shale_migrations"));
    }

    @Test
    void statementsThatReturnRowsRunToTheEnd(TestDatabase db) {
        // a batch would fetch one row of the SELECT, so f would run once instead of five times
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "backfill", """
                CREATE TABLE t (a int);
                INSERT INTO t SELECT generate_series(1, 5);
                CREATE TABLE seen (a int);
                CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'INSERT INTO seen VALUES (x) RETURNING x';
                SELECT f(a) FROM t;
                WITH more AS (SELECT f(a + 10) FROM t) SELECT count(*) FROM more;
                UPDATE t SET a = a + 100 RETURNING a;
                """);

        Shale.migrate(Db.dataSource(db), files.source());

        assertEquals(List.of("10"), Db.strings(db, "SELECT count(*) FROM seen"));
        assertEquals(List.of("5"), Db.strings(db, "SELECT count(*) FROM t WHERE a > 100"));
    }

    @Test
    void executionTimesAreMeasuredByTheServerAndReported(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "fast", "CREATE TABLE one (id int);")
                .up("20260101000002", "slow", "CREATE TABLE two (id int);\nDO $$ BEGIN PERFORM pg_sleep(0.3); END $$;")
                .up("20260101000003", "fast_again", "CREATE TABLE three (id int);");

        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source());

        List<Long> reported = result.applied().stream().map(ExecutedMigration::executionMs).toList();
        assertEquals(Db.strings(db, "SELECT execution_ms FROM shale_migrations ORDER BY version").stream()
                .map(Long::valueOf).toList(), reported);
        assertTrue(reported.get(1) >= 300, reported.toString());
        assertTrue(reported.get(0) < 300 && reported.get(2) < 300, reported.toString());
    }

    @Test
    void statementTimeoutCountsForEachStatementOfABatch(TestDatabase db) {
        String sleep = "DO $$ BEGIN PERFORM pg_sleep(0.1); END $$;\n";
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "sleeps", "CREATE TABLE t (id int);\n" + sleep.repeat(4))
                .up("20260101000002", "long", "CREATE TABLE u (id int);\nDO $$ BEGIN PERFORM pg_sleep(5); END $$;");
        MigrateOptions options = MigrateOptions.DEFAULTS.withTransactionMode(TransactionMode.EACH).withSettings(
                MigrateOptions.DEFAULTS.settings().withStatementTimeout(Duration.ofMillis(350)));

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source(), options));

        assertEquals(ErrorClass.STATEMENT_TIMEOUT, failure.errorClass());
        assertEquals("migrations/20260101000002_long.sql", failure.file());
        assertEquals(2, failure.statement().orElseThrow().index());
        assertEquals(List.of("20260101000001|sleeps|1"), Db.history(db));
    }

    @Test
    void runTimeoutCancelsABatch(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "t", "CREATE TABLE t (id int);")
                .up("20260101000002", "slow", "CREATE TABLE u (id int);\nDO $$ BEGIN PERFORM pg_sleep(30); END $$;");
        long start = System.nanoTime();

        MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> Shale.migrate(
                Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withSettings(MigrateOptions.DEFAULTS
                        .settings().withRunTimeout(Duration.ofMillis(700)))));

        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000);
        assertEquals(ErrorClass.RUN_TIMEOUT, failure.errorClass());
        assertEquals("migrations/20260101000002_slow.sql", failure.file());
        assertEquals(2, failure.statement().orElseThrow().index());
        assertFalse(Db.exists(db, "public.t"));
    }
}
