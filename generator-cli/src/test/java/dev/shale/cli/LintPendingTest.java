package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** With a database configured, {@code shale lint} without FILES lints the migrations its history has not recorded. */
@ExtendWith(PostgresExtension.class)
class LintPendingTest {

    @TempDir
    Path dir;

    @Test
    void lintsOnlyWhatTheHistoryHasNotRecorded(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "orders", "CREATE TABLE orders (id bigint PRIMARY KEY, created_at timestamptz);")
                .down("20260101000001", "orders", "DROP TABLE orders;");
        DatabaseProject.Run migrate = project.run("migrate");
        assertEquals(ExitCode.OK, migrate.exitCode(), migrate.all());
        project.up("20260101000002", "orders_at", "SET lock_timeout = '2s';\n"
                + "CREATE INDEX orders_at ON orders (created_at);")
                .down("20260101000002", "orders_at", "DROP INDEX orders_at;");

        DatabaseProject.Run pending = project.run("lint");
        assertEquals(ExitCode.FINDINGS, pending.exitCode(), pending.all());
        assertTrue(pending.out().startsWith("migrations/20260101000002_orders_at.sql:2: error index-not-concurrent"),
                pending.all());
        assertTrue(pending.out().endsWith("1 file: 1 error, 0 warnings, 0 notes unaccepted; 0 accepted.\n"),
                pending.all());

        DatabaseProject.Run all = project.run("lint", "--all");
        assertTrue(all.out().endsWith("2 files: 1 error, 0 warnings, 0 notes unaccepted; 0 accepted.\n"), all.all());

        project.run("migrate");
        DatabaseProject.Run none = project.run("lint");
        assertEquals(ExitCode.OK, none.exitCode(), none.all());
        assertEquals("0 files: 0 errors, 0 warnings, 0 notes unaccepted; 0 accepted.\n", none.out());
    }
}
