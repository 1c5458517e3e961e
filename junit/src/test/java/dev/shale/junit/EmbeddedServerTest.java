package dev.shale.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code server = EMBEDDED} starts the embedded PostgreSQL even when SHALE_TEST_DATABASE_URL is set. */
@ShaleDatabase(server = ShaleDatabase.Server.EMBEDDED, migrations = "src/test/resources/db/shale")
class EmbeddedServerTest {

    @Test
    void runsOnTheEmbeddedServerWithDurabilityOff(ShaleTestDatabase database) throws SQLException {
        assertTrue(database.server().startsWith("the embedded PostgreSQL on port "), database.server());
        assertEquals(List.of("off"), ServerQueries.column(database.dataSource(), "SHOW fsync"));
        assertEquals(List.of("Dune", "Emma", "Ulysses"),
                ServerQueries.column(database.dataSource(), "SELECT title FROM books ORDER BY title"));
    }
}
