package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the log shows: the migrations applied, and Spring Boot's start-up failure report with Shale's message. */
@ExtendWith(PostgresExtension.class)
class ShaleStartupReportTest {

    private TestDatabase db;

    @TempDir
    Path temp;

    @BeforeEach
    void useDatabase(TestDatabase database) {
        db = database;
    }

    @Test
    void theLogNamesTheMigrationsApplied() {
        try (StdoutCapture output = new StdoutCapture()) {
            Apps.start(BareApp.class, db).close();
            assertTrue(output.text().contains("Shale applied 3 migration(s) from classpath:db/shale in batch 1:"
                    + " 20261201090000_create_customers ("), output.text());
            Apps.start(BareApp.class, db).close();
            assertTrue(output.text().contains("Shale: the database is up to date with classpath:db/shale"),
                    output.text());
        }
    }

    @Test
    void aViewOnADroppedColumnIsWarnedOfBeforeTheMigrationFailsOnIt() {
        MigrationFolder folder = new MigrationFolder(temp.resolve("migrations")).withClasspathMigrations();
        Apps.start(TestApp.class, db, folder.location()).close();
        db.execute("CREATE VIEW public.customer_names AS SELECT id, name FROM public.customers");
        folder.write("20261201090300_drop_name.sql", """
                -- shale:transactional true

                ALTER TABLE public.customers DROP COLUMN name;
                """);

        String log;
        try (StdoutCapture output = new StdoutCapture()) {
            assertThrows(RuntimeException.class, () -> Apps.start(TestApp.class, db, folder.location()).close());
            log = output.text();
        }
        assertTrue(log.contains("Shale: view public.customer_names depends on column public.customers.name, which "),
                log);
        assertTrue(log.contains("20261201090300_drop_name.sql drops: the migration will fail (PostgreSQL does not drop"
                + " what other objects depend on); drop or change the view first, in the migration"), log);
        assertTrue(log.indexOf("Shale: view public.customer_names") < log.indexOf("APPLICATION FAILED TO START"), log);
        // the rows and the view are as they were
        assertEquals(List.of("2"), db.firstColumn("SELECT count(*) FROM public.customer_names"));
    }

    @Test
    void aFailedMigrationIsReportedAsTheReasonTheApplicationDidNotStart() {
        MigrationFolder folder = new MigrationFolder(temp.resolve("migrations")).withClasspathMigrations()
                .write("20261201090300_bad_syntax.sql", "-- shale:transactional true\n\nCREATE TABLE public.broken (id int,);\n");

        String log;
        try (StdoutCapture output = new StdoutCapture()) {
            assertThrows(RuntimeException.class, () -> Apps.start(TestApp.class, db, folder.location()).close());
            log = output.text();
        }
        int report = log.indexOf("APPLICATION FAILED TO START");
        assertTrue(report >= 0, log);
        String shown = log.substring(report);
        assertTrue(shown.contains("Shale could not migrate the database at start-up."), shown);
        assertTrue(shown.contains("20261201090300_bad_syntax.sql failed at statement 1 (line 3):"
                + " CREATE TABLE public.broken (id int,)"), shown);
        assertTrue(shown.contains("PostgreSQL: syntax error at or near \")\" (SQLSTATE 42601)"), shown);
        assertTrue(shown.contains("No migration of this run was recorded."), shown);
        assertTrue(shown.contains("Action:") && shown.contains("Fix: "), shown);
    }
}
