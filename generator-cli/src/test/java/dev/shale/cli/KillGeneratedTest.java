package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestScale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale migrate} killed with SIGKILL at random points (seeded) while it applies a GENERATED online migration
 * ({@link OnlineOrders}: NOT NULL through a check, a unique key through a concurrent index, a foreign key, an index,
 * a column with a default, a dropped column) to a table of {@value #ROWS} rows; after each kill a rerun must complete,
 * and the schema must be that of the same change applied in one go (plain DDL), with the rows kept, no INVALID index,
 * no leftover {@code *_not_null_check} and an empty progress table. 12 kills by default; {@code -Dshale.killRuns=N}
 * runs more, {@code -Dshale.killSeed=S} another sequence.
 */
@ExtendWith(PostgresExtension.class)
class KillGeneratedTest {

    private static final int ROWS = 5000;

    @TempDir
    Path dir;

    @Test
    void aRerunAfterAKillAtAnyPointCompletesAGeneratedOnlineMigration(TestDatabase db) throws Exception {
        DatabaseProject plain = new DatabaseProject(dir.resolve("plain"), db)
                .up(OnlineOrders.TABLES_VERSION, "tables", OnlineOrders.tables(ROWS))
                .up(OnlineOrders.ONLINE_VERSION, "tighten_orders", OnlineOrders.plain());
        reset(plain);
        DatabaseProject.Run oneGo = plain.run("migrate");
        assertEquals(ExitCode.OK, oneGo.exitCode(), oneGo.all());
        String expected = db.dump();

        DatabaseProject project = new DatabaseProject(dir.resolve("project"), db)
                .up(OnlineOrders.TABLES_VERSION, "tables", OnlineOrders.tables(ROWS))
                .up(OnlineOrders.ONLINE_VERSION, "tighten_orders", OnlineOrders.online());
        Path output = Files.createDirectories(dir.resolve("output"));
        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", db.jdbcUrl());
        environment.put("SHALE_DATABASE_URL", null);
        int runs = TestScale.count("shale.killRuns", 12, 40);
        Random random = new Random(Long.getLong("shale.killSeed", 20261203L));

        // one run to the end measures how long the migration takes once the run holds the migration lock
        reset(project);
        ShaleProcess first = ShaleProcess.start(output, "whole", environment, "migrate", "-C", project.dir().toString());
        awaitLock(project, first);
        long start = System.nanoTime();
        while (first.alive() && !locks(project).equals("0")) {
            Thread.sleep(2);
        }
        long wholeMs = (System.nanoTime() - start) / 1_000_000;
        ShaleProcess.Result whole = first.finish();
        assertEquals(ExitCode.OK, whole.exitCode(), whole.all());
        assertMigrated(project, expected, "the uninterrupted run");

        Map<String, Integer> killedAt = new TreeMap<>();
        for (int run = 0; run < runs; run++) {
            reset(project);
            long delay = random.nextLong(wholeMs + 1);
            ShaleProcess process = ShaleProcess.start(output, "killed-" + run, environment, "migrate", "-C",
                    project.dir().toString());
            awaitLock(project, process);
            Thread.sleep(delay);
            process.kill();
            killedAt.merge(state(project), 1, Integer::sum);

            String what = "run " + run + " killed after " + delay + " ms";
            DatabaseProject.Run rerun = project.run("migrate");
            assertEquals(ExitCode.OK, rerun.exitCode(), what + ": " + rerun.all());
            assertMigrated(project, expected, what);
        }
        System.out.println("KillGeneratedTest: " + runs + " kills within the " + wholeMs + " ms a run holds the lock;"
                + " state at the kill: " + killedAt);
    }

    private static void awaitLock(DatabaseProject project, ShaleProcess process) throws InterruptedException {
        while (process.alive() && locks(project).equals("0")) {
            Thread.sleep(2);
        }
    }

    private static String locks(DatabaseProject project) {
        return project.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())").get(0);
    }

    private static void reset(DatabaseProject project) {
        project.db().execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
        DatabaseProject.Run first = project.run("migrate", "--to", OnlineOrders.TABLES_VERSION);
        assertEquals(ExitCode.OK, first.exitCode(), first.all());
    }

    private static String state(DatabaseProject project) {
        return project.history().size() + " recorded" + project.query("SELECT string_agg(', step ' || step || '/'"
                + " || steps, '') FROM shale_migration_progress").stream().filter(s -> s != null).findFirst().orElse("");
    }

    private static void assertMigrated(DatabaseProject project, String expected, String what) {
        assertEquals(List.of(OnlineOrders.TABLES_VERSION + "|tables", OnlineOrders.ONLINE_VERSION + "|tighten_orders"),
                project.history().stream().map(h -> h.substring(0, h.lastIndexOf('|'))).toList(), what);
        assertEquals(List.of("0"), project.query("SELECT count(*) FROM shale_migration_progress"), what);
        assertEquals(List.of(ROWS + "|" + ROWS), project.query("SELECT count(*) || '|' || count(*) FILTER (WHERE"
                + " priority = 0 AND amount = id % 1000 AND code = 'c' || id) FROM orders"), what);
        assertEquals(List.of(), project.query("SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid"),
                what);
        assertEquals(List.of(), project.query("SELECT conname FROM pg_constraint WHERE conname LIKE '%not_null_check'"
                + " OR NOT convalidated"), what);
        assertEquals(expected, project.db().dump(), what);
    }
}
