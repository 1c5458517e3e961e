package dev.shale.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that would block or exhaust a reader, named like the files Shale reads: a FIFO (reading it waits for a
 * writer forever) and a link to {@code /dev/zero} (reading it never ends). Each is refused with its path and
 * "not a regular file", never opened. The timeout is a safety net only: a regression would hang, not fail.
 */
@ExtendWith(PostgresExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpecialFilesTest {

    private static final String MIGRATION = "migrations/20261121093000_first.sql";

    @TempDir
    Path dir;

    private HostileProject project(TestDatabase db) {
        return new HostileProject(dir, db);
    }

    private void fifo(String relative) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", dir.resolve(relative).toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not installed: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    }

    private static void refused(HostileProject.Run run, int exit, String... words) {
        assertEquals(exit, run.exitCode(), run.all());
        for (String word : words) {
            assertTrue((run.out() + run.err()).contains(word), "expected <" + word + "> in:\n" + run.all());
        }
        assertFalse(run.err().contains("\tat "), run.all());
    }

    @Test
    void aFifoNamedLikeAMigrationIsRefusedByEveryCommandThatReadsMigrations(TestDatabase db) throws Exception {
        HostileProject project = project(db).fixture("valid").migration("20261121092000", "zero", "CREATE TABLE z (id int);\n");
        fifo(MIGRATION);
        Map<String, String> before = project.files();

        refused(project.run("migrate"), 2, MIGRATION + " is a named pipe (FIFO), not a regular file", "does not open it");
        refused(project.run("status"), 1, MIGRATION + " is a named pipe (FIFO), not a regular file");
        refused(project.run("check"), 4, MIGRATION + " is a named pipe (FIFO), not a regular file");
        refused(project.run("rollback"), 2, MIGRATION + " is a named pipe (FIFO)");
        assertEquals(before, project.files());
        assertEquals(List.of(), project.query("SELECT relname FROM pg_class WHERE relname IN ('z', 'shale_migrations')"));
    }

    @Test
    void aLinkToAnEndlessDeviceNamedLikeAMigrationIsRefused(TestDatabase db) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        HostileProject project = project(db).fixture("valid").link(MIGRATION, "/dev/zero");

        refused(project.run("migrate"), 2, MIGRATION + " is a device (a link to /dev/zero), not a regular file");
        refused(project.run("check"), 4, MIGRATION + " is a device (a link to /dev/zero), not a regular file");
    }

    @Test
    void aFifoAsTheSumFileOrASnapshotIsRefused(TestDatabase db) throws Exception {
        HostileProject project = project(db).fixture("valid");
        fifo("migrations/shale.sum");
        refused(project.run("migrate"), 2, "migrations/shale.sum is a named pipe (FIFO), not a regular file");
        refused(project.run("hash"), 2, "migrations/shale.sum is a named pipe (FIFO), not a regular file");
        refused(project.run("generate"), 2, "migrations/shale.sum is a named pipe (FIFO), not a regular file");
        project.delete("migrations/shale.sum");

        fifo("snapshots/20261121093000_first.json");
        refused(project.run("generate"), 2,
                "snapshot snapshots/20261121093000_first.json is a named pipe (FIFO), not a regular file");
        refused(project.run("check"), 5,
                "snapshot snapshots/20261121093000_first.json is a named pipe (FIFO), not a regular file");
    }
}
