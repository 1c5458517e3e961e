package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationRefusedException;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A migration that fails, or that the runner refuses, stops the application from starting with Shale's message
 * (the file, the statement, PostgreSQL's error, the fix), and leaves nothing half-applied.
 */
@ExtendWith(PostgresExtension.class)
class ShaleStartupFailureTest {

    private TestDatabase db;

    @TempDir
    Path temp;

    @BeforeEach
    void useDatabase(TestDatabase database) {
        db = database;
    }

    @Test
    void aMigrationFailingOnTheRowsStopsStartUpAndRollsBackTheBatch() {
        MigrationFolder folder = new MigrationFolder(temp.resolve("migrations")).withClasspathMigrations()
                .write("20261201090300_names_are_not_ada.sql", """
                        -- shale:transactional true

                        ALTER TABLE public.customers ADD CONSTRAINT customers_name_not_ada CHECK (name <> 'Ada');
                        """);

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> Apps.start(TestApp.class, db, folder.location()).close());

        MigrationFailedException failed = cause(thrown, MigrationFailedException.class);
        assertEquals("20261201090300", failed.version());
        assertTrue(failed.getMessage().contains("20261201090300_names_are_not_ada.sql failed at statement 1 (line 3):"
                + " ALTER TABLE public.customers ADD CONSTRAINT customers_name_not_ada"), failed.getMessage());
        assertTrue(failed.getMessage().contains("SQLSTATE 23514"), failed.getMessage());
        assertEquals(List.of(), failed.committedVersions());

        FailureAnalysis analysis = new ShaleFailureAnalyzer().analyze(thrown);
        assertNotNull(analysis, "Spring Boot reports the failure through Shale's analyzer");
        assertTrue(analysis.getDescription().startsWith("Shale could not migrate the database at start-up.\n"
                + failed.getMessage()), analysis.getDescription());
        assertTrue(analysis.getDescription().contains("PostgreSQL: "), analysis.getDescription());
        assertTrue(analysis.getAction().startsWith("Fix: "), analysis.getAction());

        // one transaction: the tables, the seed rows and the history table are gone too
        assertEquals(List.of(), db.firstColumn("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    @Test
    void aFailedPreflightDataCheckStopsStartUpBeforeAnythingChanges() {
        MigrationFolder folder = new MigrationFolder(temp.resolve("migrations")).withClasspathMigrations();
        Apps.start(TestApp.class, db, folder.location()).close();
        db.execute("INSERT INTO public.customers (email) VALUES ('nameless@example.com')");
        folder.write("20261201090300_names_required.sql", """
                -- shale:transactional true
                -- shale:requires no-nulls public.customers.name

                ALTER TABLE public.customers ALTER COLUMN name SET NOT NULL;
                """);

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> Apps.start(TestApp.class, db, folder.location()).close());

        MigrationRefusedException refused = cause(thrown, MigrationRefusedException.class);
        assertEquals(MigrationRefusedException.Reason.DATA_CHECK, refused.reason());
        FailureAnalysis analysis = new ShaleFailureAnalyzer().analyze(thrown);
        assertTrue(analysis.getDescription().startsWith("Shale refused to migrate the database at start-up;"
                + " nothing ran.\n" + refused.description()), analysis.getDescription());
        assertTrue(analysis.getDescription().contains("public.customers.name"), analysis.getDescription());
        assertEquals("Fix: " + refused.fix() + ", then start the application again.", analysis.getAction());
        assertEquals(List.of("YES"), db.firstColumn("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'customers' AND column_name = 'name'"));
        assertEquals(List.of("3"), db.firstColumn("SELECT count(*) FROM public.shale_migrations"));
    }

    @Test
    void aMissingLocationStopsStartUpUnlessAllowed() {
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> Apps.start(BareApp.class, db, "shale.locations=classpath:db/nowhere").close());
        MigrationRefusedException refused = cause(thrown, MigrationRefusedException.class);
        assertEquals(MigrationRefusedException.Reason.SOURCE_NOT_FOUND, refused.reason());
        assertTrue(refused.description().contains("db/nowhere"), refused.description());

        try (ConfigurableApplicationContext context = Apps.start(BareApp.class, db,
                "shale.locations=classpath:db/nowhere", "shale.fail-on-missing-locations=false")) {
            Health health = ((HealthIndicator) context.getBean("shaleHealthIndicator")).health(true);
            assertEquals(Status.UNKNOWN, health.getStatus(), health.toString());
        }
        assertEquals(List.of(), db.firstColumn("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    @Test
    void moreThanOneLocationIsAConfigurationError() {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Apps.start(BareApp.class, db,
                "shale.locations=classpath:db/shale,classpath:db/more").close());
        ShaleConfigurationException error = cause(thrown, ShaleConfigurationException.class);
        assertEquals("shale.locations", error.property());
        FailureAnalysis analysis = new ShaleConfigurationFailureAnalyzer().analyze(thrown);
        assertEquals("Fix: give one location, such as classpath:db/shale or filesystem:migrations.",
                analysis.getAction());
        assertEquals(List.of(), db.firstColumn("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + thrown, thrown);
    }
}
