package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.DatabaseException;
import dev.shale.api.ErrorClass;
import dev.shale.api.Shale;
import dev.shale.api.UnsupportedServerException;
import dev.shale.migrations.runner.connect.ServerVersion;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.PostgresServer;
import dev.shale.testing.SingleConnectionDataSource;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's version is read on connect; PostgreSQL older than 13 is refused with the version and the fix,
 * before the runner reads or writes anything.
 */
@ExtendWith(PostgresExtension.class)
class ServerVersionTest {

    @TempDir
    Path root;

    @Test
    void versionsAsTheServerSpellsThem() {
        assertEquals(new ServerVersion(15, 10, "15.10"), ServerVersion.parse("15.10"));
        assertEquals(18, ServerVersion.parse("18.1 (Debian 18.1-1.pgdg120+1)").major());
        assertEquals(17, ServerVersion.parse("17beta2").major());
        assertEquals(new ServerVersion(9, 6, "9.6.24"), ServerVersion.parse("9.6.24"));
        assertThrows(IllegalArgumentException.class, () -> ServerVersion.parse("devel"));
        assertTrue(ServerVersion.parse("13.0").supported());
        assertFalse(ServerVersion.parse("12.22").supported());
        assertTrue(ServerVersion.parse("16.4").atLeast(15));
        assertFalse(ServerVersion.parse("14.9").atLeast(15));
    }

    @Test
    void olderThan13IsRefusedNamingTheVersionAndTheFix() {
        UnsupportedServerException refused = assertThrows(UnsupportedServerException.class,
                () -> ServerVersion.parse("12.22").requireSupported("jdbc:postgresql://db.example/app"));
        assertEquals(ErrorClass.UNSUPPORTED_VERSION, refused.errorClass());
        assertEquals("12.22", refused.serverVersion());
        assertEquals(13, refused.minimumMajor());
        assertTrue(refused.getMessage().startsWith("jdbc:postgresql://db.example/app runs PostgreSQL 12.22, which Shale"
                + " does not support: it needs PostgreSQL 13 or newer"), refused.getMessage());
        assertTrue(refused.getMessage().contains("upgrade the server to PostgreSQL 13 or newer"), refused.getMessage());
        assertTrue(refused instanceof DatabaseException, "the CLI reports it as a database error (exit 3)");
    }

    @Test
    void theTestServerIsReadAsItsOwnVersion(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            ServerVersion version = ServerVersion.check(connection, db.url().redacted());
            int number = Integer.parseInt(db.firstColumn("SHOW server_version_num").get(0));
            assertEquals(number / 10000, version.major());
            assertEquals(number % 10000, version.minor());
            assertTrue(version.supported());
            Integer wanted = PostgresServer.requestedMajor();
            if (wanted != null) {
                assertEquals(wanted.intValue(), version.major(), "-D" + PostgresServer.VERSION_PROPERTY
                        + " asked for PostgreSQL " + wanted + ", and the tests ran on " + version);
            }
        }
    }

    @Test
    void theRunnerRefusesAnOldServerBeforeTouchingTheDatabase(TestDatabase db) throws SQLException {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);");
        try (Connection physical = db.connect()) {
            UnsupportedServerException refused = assertThrows(UnsupportedServerException.class,
                    () -> Shale.migrate(reportingVersion(physical, "12.22"), files.source()));
            assertTrue(refused.getMessage().startsWith("the DataSource's server runs PostgreSQL 12.22"),
                    refused.getMessage());
            assertEquals(List.of(), db.firstColumn("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"),
                    "nothing was created: no history table, no migration");
        }
    }

    /** A pool of one over {@code physical} whose metadata reports PostgreSQL {@code version}. */
    private static DataSource reportingVersion(Connection physical, String version) {
        ServerVersion reported = ServerVersion.parse(version);
        return new SingleConnectionDataSource(physical, real -> SingleConnectionDataSource.metaDataWith(real, Map.of(
                "getDatabaseProductVersion", version,
                "getDatabaseMajorVersion", reported.major(),
                "getDatabaseMinorVersion", reported.minor())));
    }
}
