package dev.shale.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationSource;
import dev.shale.junit.internal.Fingerprint;
import dev.shale.junit.internal.ServerEndpoint;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * What happens around the tests, seen from outside: fixture classes (static nested, so the build does not run them
 * itself) are run through the JUnit Platform and the server is inspected after them.
 */
class LifecycleTest {

    /** Fixtures run only when this class launches them (a -Dtest pattern may select nested classes). */
    private static final String FIXTURE = "dev.shale.junit.FixtureRun#running";

    /** Databases and history the fixtures saw, in order. */
    static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());
    static final List<List<String>> HISTORIES = Collections.synchronizedList(new ArrayList<>());
    static final List<String> TEMPLATES = Collections.synchronizedList(new ArrayList<>());

    @Test
    void teardownDropsTheClassAndMethodDatabases() throws SQLException {
        SEEN.clear();

        FixtureRun run = FixtureRun.of(ClassAndMethodFixture.class);

        assertTrue(run.failures().isEmpty(), run.describe());
        assertEquals(2, run.succeeded());
        assertEquals(3, SEEN.size(), SEEN.toString());
        String classDatabase = SEEN.get(0); // from @BeforeAll
        assertEquals(2, SEEN.stream().filter(classDatabase::equals).count(), SEEN.toString());
        assertEquals(2, SEEN.stream().distinct().count(), "the annotated method has its own: " + SEEN);
        ServerEndpoint server = ServerQueries.defaultServer();
        for (String database : SEEN) {
            assertFalse(ServerQueries.exists(server, database), database + " was not dropped");
        }
    }

    @Test
    void aSecondDatabaseIsACopyOfTheTemplateNotASecondMigration() throws SQLException {
        HISTORIES.clear();
        TEMPLATES.clear();
        SEEN.clear();

        FixtureRun run = FixtureRun.of(TwoMethodDatabasesFixture.class);

        assertTrue(run.failures().isEmpty(), run.describe());
        assertEquals(2, HISTORIES.size());
        assertNotEquals(SEEN.get(0), SEEN.get(1));
        assertEquals(TEMPLATES.get(0), TEMPLATES.get(1));
        // applied_at is taken (to the microsecond) when a migration runs: equal histories in two databases
        // mean both were copied from one migrated template, not migrated each on its own
        assertEquals(HISTORIES.get(0), HISTORIES.get(1));
        assertEquals(2, HISTORIES.get(0).size(), HISTORIES.get(0).toString());
        List<String> template = ServerQueries.column(ServerQueries.defaultServer(),
                "SELECT datistemplate || ' ' || datallowconn FROM pg_database WHERE datname = '" + TEMPLATES.get(0) + "'");
        assertEquals(List.of("true false"), template);
    }

    @Test
    void aFailingMigrationFailsTheClassWithShalesMessage() throws SQLException {
        String fingerprint = Fingerprint.of(MigrationSource.folder(Path.of("src/test/resources/failing/migrations")));

        FixtureRun run = FixtureRun.of(FailingMigrationFixture.class);

        assertEquals(0, run.succeeded());
        assertEquals(1, run.failures().size(), run.describe());
        Throwable cause = run.failures().get(0).cause();
        assertInstanceOf(ShaleTestDatabaseException.class, cause);
        String message = cause.getMessage();
        assertTrue(message.startsWith("@ShaleDatabase on " + FailingMigrationFixture.class.getName() + ": Shale could"
                + " not migrate the test database template from folder "), message);
        assertTrue(message.contains("20260101000100_break.sql"), message);
        assertTrue(message.contains("no_such_table"), message);
        assertInstanceOf(MigrationFailedException.class, cause.getCause());
        List<String> left = ServerQueries.column(ServerQueries.defaultServer(),
                "SELECT datname FROM pg_database WHERE datname LIKE '%" + fingerprint + "%'");
        assertEquals(List.of(), left, "neither a template nor a half-built database is left");
    }

    @Test
    void aBeforeAllParameterWithPerMethodIsolationIsRefusedWithTheReason() {
        FixtureRun run = FixtureRun.of(BeforeAllPerMethodFixture.class);

        assertEquals(1, run.failures().size(), run.describe());
        assertEquals("@ShaleDatabase(isolation = METHOD) on " + BeforeAllPerMethodFixture.class.getName() + " gives"
                + " each test method a database of its own, so there is none for before(...): take the parameter in a"
                + " test method or in @BeforeEach, or use isolation = CLASS.", run.failures().get(0).cause().getMessage());
    }

    @Test
    void testcontainersIsRefusedClearlyWithoutDocker() {
        FixtureRun run = FixtureRun.of(TestcontainersFixture.class);

        assertEquals(1, run.failures().size(), run.describe());
        assertEquals("@ShaleDatabase on " + TestcontainersFixture.class.getName() + ": @ShaleDatabase(server ="
                + " TESTCONTAINERS) needs Docker, and Docker is not available (Testcontainers found no running Docker"
                + " environment). Start Docker, or choose server = EMBEDDED, or set SHALE_TEST_DATABASE_URL to an"
                + " existing PostgreSQL server.", run.failures().get(0).cause().getMessage());
    }

    /** With isolation = METHOD, a @BeforeAll parameter is refused with a message saying why. */
    @ShaleDatabase(migrations = "src/test/resources/db/shale", isolation = ShaleDatabase.Isolation.METHOD)
    @EnabledIf(FIXTURE)
    static class BeforeAllPerMethodFixture {

        @org.junit.jupiter.api.BeforeAll
        static void before(DataSource dataSource) {
            throw new AssertionError("no database should have been resolved");
        }

        @Test
        void neverRuns() {
            throw new AssertionError("the class should have failed before its tests");
        }
    }

    /** One database for the class, one for the annotated method. */
    @ShaleDatabase(migrations = "src/test/resources/db/shale")
    @EnabledIf(FIXTURE)
    static class ClassAndMethodFixture {

        @org.junit.jupiter.api.BeforeAll
        static void before(ShaleTestDatabase database) {
            SEEN.add(database.name());
        }

        @Test
        void usesTheClassDatabase(ShaleTestDatabase database) throws SQLException {
            SEEN.add(database.name());
            assertTrue(ServerQueries.exists(ServerQueries.defaultServer(), database.name()));
        }

        @Test
        @ShaleDatabase(classpath = "db/shale")
        void hasItsOwn(ShaleTestDatabase database) throws SQLException {
            SEEN.add(database.name());
            assertTrue(ServerQueries.exists(ServerQueries.defaultServer(), database.name()));
        }
    }

    /** Two methods, two databases from one template. */
    @ShaleDatabase(migrations = "src/test/resources/db/shale", isolation = ShaleDatabase.Isolation.METHOD)
    @EnabledIf(FIXTURE)
    static class TwoMethodDatabasesFixture {

        @Test
        void first(ShaleTestDatabase database) throws SQLException {
            record(database);
        }

        @Test
        void second(ShaleTestDatabase database) throws SQLException {
            record(database);
        }

        private static void record(ShaleTestDatabase database) throws SQLException {
            SEEN.add(database.name());
            TEMPLATES.add(database.templateName());
            HISTORIES.add(ServerQueries.column(database.dataSource(),
                    "SELECT version || ' ' || applied_at FROM shale_migrations ORDER BY version"));
        }
    }

    /** Its second migration fails. */
    @ShaleDatabase(migrations = "src/test/resources/failing/migrations")
    @EnabledIf(FIXTURE)
    static class FailingMigrationFixture {

        @Test
        void neverRuns() {
            throw new AssertionError("the class should have failed before its tests");
        }
    }

    /** Asks for Testcontainers. */
    @ShaleDatabase(migrations = "src/test/resources/db/shale", server = ShaleDatabase.Server.TESTCONTAINERS)
    @EnabledIf(FIXTURE)
    static class TestcontainersFixture {

        @Test
        void neverRuns() {
            throw new AssertionError("the class should have failed before its tests");
        }
    }
}
