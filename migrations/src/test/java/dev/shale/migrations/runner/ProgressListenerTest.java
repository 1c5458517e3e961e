package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.ExecutedMigration;
import dev.shale.api.LockRetry;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.RollbackOptions;
import dev.shale.api.RollbackResult;
import dev.shale.api.RunListener;
import dev.shale.api.Shale;
import dev.shale.api.TransactionMode;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RunListener#migrationFinished} on a real PostgreSQL: each migration is told once, in order, as it ends
 * (before the next one has run, even inside the batch's one transaction), with its own time.
 */
@ExtendWith(PostgresExtension.class)
class ProgressListenerTest {

    @TempDir
    Path root;

    /** What the listener heard, with when it heard it. */
    private record Heard(ExecutedMigration migration, long atNanos) {
    }

    private static final class Recording implements RunListener {
        final List<Heard> heard = new ArrayList<>();

        @Override
        public void lockRetry(LockRetry retry) {
        }

        @Override
        public void migrationFinished(ExecutedMigration migration) {
            heard.add(new Heard(migration, System.nanoTime()));
        }
    }

    private MigrationFiles files() {
        // the second migration sleeps 0.6 s: the first must be heard before it runs, the third after it
        return new MigrationFiles(root)
                .up("20260101000001", "first", "CREATE TABLE a (id int);")
                .down("20260101000001", "first", "DROP TABLE a;")
                .up("20260101000002", "slow", "SELECT pg_sleep(0.6);\nCREATE TABLE b (id int);")
                .down("20260101000002", "slow", "SELECT pg_sleep(0.6);\nDROP TABLE b;")
                .up("20260101000003", "third", "CREATE TABLE c (id int);")
                .down("20260101000003", "third", "DROP TABLE c;");
    }

    @Test
    void eachMigrationOfTheBatchTransactionIsHeardAsItEnds(TestDatabase db) {
        Recording listener = new Recording();
        MigrateResult result = Shale.migrate(Db.dataSource(db), files().source(),
                MigrateOptions.DEFAULTS.withListener(listener));
        assertHeardInOrder(listener, result.applied(), "20260101000001", "20260101000002", "20260101000003");
        assertEquals(3, Db.history(db).size());
    }

    @Test
    void oneTransactionPerMigrationIsHeardToo(TestDatabase db) {
        Recording listener = new Recording();
        MigrateResult result = Shale.migrate(Db.dataSource(db), files().source(),
                MigrateOptions.DEFAULTS.withTransactionMode(TransactionMode.EACH).withListener(listener));
        assertHeardInOrder(listener, result.applied(), "20260101000001", "20260101000002", "20260101000003");
    }

    @Test
    void aRollbackTellsEachDownMigration(TestDatabase db) {
        MigrationFiles files = files();
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS);
        Recording listener = new Recording();
        RollbackResult result = Shale.rollback(Db.dataSource(db), files.source(),
                RollbackOptions.DEFAULTS.withListener(listener));
        assertHeardInOrder(listener, result.rolledBack(), "20260101000003", "20260101000002", "20260101000001");
        assertEquals(List.of(), Db.history(db));
    }

    @Test
    void noListenerHearsNothingAndTheRunIsTheSame(TestDatabase db) {
        MigrateResult result = Shale.migrate(Db.dataSource(db), files().source(), MigrateOptions.DEFAULTS);
        assertEquals(3, result.applied().size());
    }

    private static void assertHeardInOrder(Recording listener, List<ExecutedMigration> executed, String... versions) {
        assertEquals(List.of(versions), listener.heard.stream().map(h -> h.migration().version()).toList());
        assertEquals(executed.stream().map(ExecutedMigration::version).toList(), List.of(versions));
        // the slow one (second) takes its own 0.6 s; the first was heard before it ran, the third after it
        Heard slow = listener.heard.stream().filter(h -> h.migration().name().equals("slow")).findFirst().orElseThrow();
        assertTrue(slow.migration().executionMs() >= 550, "slow took " + slow.migration().executionMs() + " ms");
        for (Heard other : listener.heard) {
            if (other != slow) {
                assertTrue(other.migration().executionMs() < 550, other + " took the slow one's time");
            }
        }
        long gap = (listener.heard.get(1).atNanos() - listener.heard.get(0).atNanos()) / 1_000_000;
        assertTrue(gap >= 550, "the first two were heard " + gap + " ms apart: not as each ended");
    }
}
