package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated online migration stopped after each of its steps and resumed: the pre-flight checks and the data-loss
 * gate look at the steps still to run, not at those done (whose objects changed: a column dropped, a NOT NULL set),
 * and still refuse what the rows would make a step still to run fail. A run is stopped by an event trigger that
 * raises at the first DDL after the progress table records the step.
 */
@ExtendWith(PostgresExtension.class)
class ResumeChecksTest {

    private static final int ROWS = 3000;

    @TempDir
    Path dir;

    private DatabaseProject project(TestDatabase db, String name, String migration) {
        return new DatabaseProject(dir.resolve(name), db)
                .up(OnlineOrders.TABLES_VERSION, "tables", OnlineOrders.tables(ROWS))
                .up(OnlineOrders.ONLINE_VERSION, "tighten_orders", migration);
    }

    private static void reset(DatabaseProject project) {
        project.db().execute("DROP EVENT TRIGGER IF EXISTS shale_test_stop", "DROP SCHEMA public CASCADE",
                "CREATE SCHEMA public");
        DatabaseProject.Run first = project.run("migrate", "--to", OnlineOrders.TABLES_VERSION);
        assertEquals(ExitCode.OK, first.exitCode(), first.all());
    }

    /** Makes the next run stop at its first DDL once {@code step} steps of the online migration are recorded. */
    private static void stopAfter(DatabaseProject project, int step) {
        project.db().execute("""
                CREATE FUNCTION public.shale_test_stop() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_query() NOT LIKE '%%shale_migration%%'
                            AND (SELECT coalesce(max(step), 0) FROM public.shale_migration_progress) >= %d THEN
                        RAISE EXCEPTION 'stopped after step %d';
                    END IF;
                END $$""".formatted(step, step),
                "CREATE EVENT TRIGGER shale_test_stop ON ddl_command_start EXECUTE FUNCTION public.shale_test_stop()");
    }

    private static void stopped(DatabaseProject project, int step, int steps) {
        DatabaseProject.Run run = project.run("migrate");
        assertEquals(ExitCode.DATABASE, run.exitCode(), run.all());
        assertTrue(run.err().contains("stopped after step " + step), run.all());
        project.db().execute("DROP EVENT TRIGGER shale_test_stop", "DROP FUNCTION public.shale_test_stop()");
        assertEquals(List.of(OnlineOrders.ONLINE_VERSION + " " + step + "/" + steps),
                project.query("SELECT version || ' ' || step || '/' || steps FROM shale_migration_progress"));
    }

    private static int steps(String migration) {
        return (int) migration.lines().filter(l -> l.startsWith("-- shale:step ")).count();
    }

    private static void assertDone(DatabaseProject project, String expectedDump, String what) {
        assertEquals(List.of("20260101000001|tables|1", "20260101000002|tighten_orders|2"), project.history(), what);
        assertEquals(List.of("0"), project.query("SELECT count(*) FROM shale_migration_progress"), what);
        assertEquals(List.of(ROWS + "|" + ROWS), project.query("SELECT count(*) || '|' || count(*) FILTER (WHERE"
                + " priority = 0 AND amount IS NOT NULL) FROM orders"), what);
        assertEquals(List.of(), project.query("SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid"),
                what);
        assertEquals(List.of(), project.query("SELECT conname FROM pg_constraint WHERE conname LIKE '%not_null_check'"
                + " OR NOT convalidated"), what);
        assertEquals(expectedDump, project.db().dump(), what);
    }

    @Test
    void aGeneratedOnlineMigrationStoppedAfterEachStepResumesWithTheChecksOfItsStepsStillToRun(TestDatabase db) {
        String online = OnlineOrders.online();
        int steps = steps(online);
        assertTrue(steps >= 6, online);
        assertTrue(online.contains("-- shale:loses column public.orders.legacy"), online);
        assertTrue(online.contains("-- shale:requires no-nulls public.orders.amount"), online);

        // the same change in one go, plain DDL in one transaction: the schema every resumed run must end with
        DatabaseProject plain = project(db, "plain", OnlineOrders.plain());
        reset(plain);
        DatabaseProject.Run oneGo = plain.run("migrate");
        assertEquals(ExitCode.OK, oneGo.exitCode(), oneGo.all());
        String expected = db.dump();

        DatabaseProject project = project(db, "online", online);
        for (int step = 1; step < steps; step++) {
            reset(project);
            stopAfter(project, step);
            stopped(project, step, steps);
            DatabaseProject.Run resumed = project.run("migrate");
            assertEquals(ExitCode.OK, resumed.exitCode(), "stopped after step " + step + ":\n" + resumed.all());
            assertDone(project, expected, "stopped after step " + step);
        }
    }

    @Test
    void aCheckOfAFinishedStepIsNotRunAgainButOneOfAStepStillToRunIs(TestDatabase db) {
        String online = OnlineOrders.online();
        int steps = steps(online);
        List<String> lines = online.lines().toList();
        int notNullStep = stepOf(lines, "ALTER COLUMN amount SET NOT NULL");
        int uniqueStep = stepOf(lines, "CREATE UNIQUE INDEX CONCURRENTLY");
        assertTrue(notNullStep < uniqueStep, online);
        DatabaseProject project = project(db, "online", online);

        // after the NOT NULL's steps, amount is made NULL-able again and holds a NULL: its requirement, done, would
        // now fail; the unique's requirement, still to run, holds
        reset(project);
        stopAfter(project, notNullStep);
        stopped(project, notNullStep, steps);
        db.execute("ALTER TABLE orders ALTER COLUMN amount DROP NOT NULL", "UPDATE orders SET amount = NULL WHERE id = 1");
        DatabaseProject.Run dryRun = project.run("migrate", "--dry-run");
        assertEquals(ExitCode.OK, dryRun.exitCode(), dryRun.all());
        assertTrue(dryRun.out().contains("no NULLs in public.orders.amount (SET NOT NULL): not checked: the steps it guards ran"),
                dryRun.all());
        assertTrue(dryRun.out().contains("no duplicate (code) in public.orders (orders_code_key): ok"), dryRun.all());
        DatabaseProject.Run resumed = project.run("migrate");
        assertEquals(ExitCode.OK, resumed.exitCode(), resumed.all());
        assertEquals(List.of("20260101000001|tables|1", "20260101000002|tighten_orders|2"), project.history());

        // stopped before the unique index is built, a duplicate appears: the resumed run is refused, nothing runs
        reset(project);
        stopAfter(project, uniqueStep - 1);
        stopped(project, uniqueStep - 1, steps);
        db.execute("UPDATE orders SET code = 'c2' WHERE id = 3");
        String before = db.dump();
        DatabaseProject.Run refused = project.run("migrate");
        assertEquals(ExitCode.DATA_CHECK, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("2 rows of public.orders share their (code) with another row (unique"
                + " orders_code_key)"), refused.all());
        assertEquals(before, db.dump());
        assertEquals(List.of(OnlineOrders.ONLINE_VERSION + " " + (uniqueStep - 1) + "/" + steps),
                project.query("SELECT version || ' ' || step || '/' || steps FROM shale_migration_progress"));
    }

    /** The number of the step holding the first line that contains {@code text}. */
    private static int stepOf(List<String> lines, String text) {
        int step = 0;
        for (String line : lines) {
            if (line.startsWith("-- shale:step ")) {
                step = Integer.parseInt(line.split(" ")[2]);
            } else if (line.contains(text)) {
                return step;
            }
        }
        throw new AssertionError("no step holds " + text);
    }
}
