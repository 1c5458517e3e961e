package dev.shale.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A class-level database: migrated with the data migration's rows, shared by the class's tests in order. */
@ShaleDatabase(migrations = "src/test/resources/db/shale")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassDatabaseTest {

    @Test
    @Order(1)
    void theSchemaIsMigratedWithTheDataMigrationsRows(DataSource dataSource) throws SQLException {
        assertEquals(List.of("Dune", "Emma", "Ulysses"),
                ServerQueries.column(dataSource, "SELECT title FROM books ORDER BY title"));
        assertEquals(List.of("20260101000000", "20260101000100"),
                ServerQueries.column(dataSource, "SELECT version FROM shale_migrations ORDER BY version"));
        ServerQueries.execute(dataSource, "INSERT INTO books (title) VALUES ('Kept for the next test')");
    }

    @Test
    @Order(2)
    void theClassesTestsShareItsDatabase(DataSource dataSource) throws SQLException {
        assertTrue(ServerQueries.column(dataSource, "SELECT title FROM books").contains("Kept for the next test"));
    }
}
