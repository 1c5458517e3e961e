package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * {@code shale migrate} killed with SIGKILL at random points (seeded) while it applies files of several steps, a
 * concurrent unique index and an enum value addition to populated tables; after each kill a rerun must complete, and
 * the schema, the rows and the history must be those of an uninterrupted run. Each kill lands at a random time
 * (seeded) within the time an uninterrupted run holds the migration lock. 20 kills by default;
 * {@code -Dshale.killRuns=N} runs more, {@code -Dshale.killSeed=S} another sequence.
 */
@ExtendWith(PostgresExtension.class)
class KillResumeTest {

    @TempDir
    Path dir;

    private static final String TABLES = """
            CREATE TYPE mood AS ENUM ('ok');
            CREATE TABLE customers (id int PRIMARY KEY);
            INSERT INTO customers SELECT g FROM generate_series(1, 100) g;
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, ref text NOT NULL,
                created_at timestamptz NOT NULL);
            INSERT INTO orders SELECT g, 1 + g % 100, 'r' || g, now() - g * interval '1 second'
                FROM generate_series(1, 20000) g;
            """;

    private static final String ONLINE = """
            -- shale:hazards long-lock
            -- shale:hazard constraint-validated-under-lock error public.orders.orders_customer_fk
            -- shale:step 1 transactional
            SET lock_timeout = '2s';
            ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
            SELECT pg_sleep(0.15);

            -- shale:step 2 non-transactional
            SET statement_timeout = '0';
            CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);
            SELECT pg_sleep(0.15);
            CREATE UNIQUE INDEX CONCURRENTLY orders_ref_key ON orders (ref);

            -- shale:step 3 transactional
            ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
            SELECT pg_sleep(0.15);
            ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE USING INDEX orders_ref_key;
            """;

    private static final String MOOD = """
            ALTER TYPE mood ADD VALUE 'sad';
            SELECT pg_sleep(0.15);
            ALTER TABLE orders ADD COLUMN m mood NOT NULL DEFAULT 'sad';
            """;

    @Test
    void aRerunAfterAKillAtAnyPointCompletesTheMigrations(TestDatabase db) throws Exception {
        DatabaseProject project = new DatabaseProject(dir.resolve("project"), db)
                .up("20260101000001", "tables", TABLES)
                .up("20260101000002", "online", ONLINE)
                .up("20260101000003", "mood", MOOD)
                .up("20260101000004", "done", "CREATE TABLE done (id int);\nSELECT pg_sleep(0.1);");
        Path output = Files.createDirectories(dir.resolve("output"));
        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", db.jdbcUrl());
        environment.put("SHALE_DATABASE_URL", null);
        int runs = TestScale.count("shale.killRuns", 20, 60);
        Random random = new Random(Long.getLong("shale.killSeed", 20261203L));

        // one run to the end measures how long the migrations take once the run holds the migration lock
        reset(project);
        ShaleProcess first = ShaleProcess.start(output, "whole", environment, "migrate", "-C",
                project.dir().toString());
        awaitLock(project, first);
        long start = System.nanoTime();
        while (first.alive() && !locks(project).equals("0")) {
            Thread.sleep(5);
        }
        long wholeMs = (System.nanoTime() - start) / 1_000_000;
        ShaleProcess.Result whole = first.finish();
        assertEquals(ExitCode.OK, whole.exitCode(), whole.all());
        assertMigrated(project, "the uninterrupted run");

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

            DatabaseProject.Run rerun = project.run("migrate");
            assertEquals(ExitCode.OK, rerun.exitCode(), "run " + run + " killed after " + delay + " ms: " + rerun.all());
            assertMigrated(project, "run " + run + " killed after " + delay + " ms");
        }
        System.out.println("KillResumeTest: " + runs + " kills within the " + wholeMs + " ms a run holds the lock;"
                + " state at the kill: " + killedAt);
    }

    /** Waits until {@code process} holds the migration lock (an advisory lock in the test's database) or ends. */
    private static void awaitLock(DatabaseProject project, ShaleProcess process) throws InterruptedException {
        while (process.alive() && locks(project).equals("0")) {
            Thread.sleep(5);
        }
    }

    /** How many advisory locks sessions hold in the test's database. */
    private static String locks(DatabaseProject project) {
        return project.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())").get(0);
    }

    /** A fresh public schema holding only the tables of the first migration, applied and recorded. */
    private static void reset(DatabaseProject project) {
        project.db().execute("DROP SCHEMA public CASCADE");
        project.db().execute("CREATE SCHEMA public");
        DatabaseProject.Run first = project.run("migrate", "--to", "20260101000001");
        assertEquals(ExitCode.OK, first.exitCode(), first.all());
    }

    /** Where the killed run stopped: the versions recorded and the progress of a partly applied one. */
    private static String state(DatabaseProject project) {
        String progress = project.query("SELECT to_regclass('public.shale_migration_progress') IS NULL").get(0)
                .equals("t") ? "" : String.join(",", project.query("SELECT version || ' step ' || step || '/' || steps"
                + " FROM shale_migration_progress"));
        return project.history().size() + " recorded" + (progress.isEmpty() ? "" : ", " + progress);
    }

    private static void assertMigrated(DatabaseProject project, String what) {
        assertEquals(List.of("20260101000001|tables", "20260101000002|online", "20260101000003|mood",
                "20260101000004|done"), project.history().stream().map(h -> h.substring(0, h.lastIndexOf('|'))).toList(),
                what);
        assertEquals(List.of("0"), project.query("SELECT count(*) FROM shale_migration_progress"), what);
        assertEquals(List.of("orders_created_at_idx|true", "orders_pkey|true", "orders_ref_key|true"), project.query(
                "SELECT c.relname || '|' || i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                        + " WHERE i.indrelid = 'orders'::regclass ORDER BY 1"), what);
        assertEquals(List.of("orders_customer_fk|f|true", "orders_pkey|p|true", "orders_ref_key|u|true"),
                project.query("SELECT conname || '|' || contype::text || '|' || convalidated FROM pg_constraint"
                        + " WHERE conrelid = 'orders'::regclass ORDER BY 1"), what);
        assertEquals(List.of("20000|20000"), project.query("SELECT count(*) || '|' || count(*) FILTER (WHERE m = 'sad')"
                + " FROM orders"), what);
        assertEquals(List.of("ok,sad"), project.query("SELECT string_agg(e::text, ',' ORDER BY e)"
                + " FROM unnest(enum_range(NULL::mood)) e"), what);
        assertTrue(project.query("SELECT to_regclass('public.done') IS NOT NULL").get(0).equals("t"), what);
    }
}
