package dev.shale.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Another class with the same migrations gets a database of its own: no row of {@link ClassDatabaseTest}. */
@ShaleDatabase(classpath = "db/shale")
class OtherClassDatabaseTest {

    @Test
    void seesOnlyTheMigratedRows(ShaleTestDatabase database) throws SQLException {
        assertEquals(List.of("Dune", "Emma", "Ulysses"),
                ServerQueries.column(database.dataSource(), "SELECT title FROM books ORDER BY title"));
    }
}
