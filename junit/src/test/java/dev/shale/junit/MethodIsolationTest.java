package dev.shale.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code isolation = METHOD}: each test method has a database of its own. */
@ShaleDatabase(migrations = "src/test/resources/db/shale", isolation = ShaleDatabase.Isolation.METHOD)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MethodIsolationTest {

    private static String firstDatabase;

    @Test
    @Order(1)
    void insertsARow(ShaleTestDatabase database) throws SQLException {
        firstDatabase = database.name();
        ServerQueries.execute(database.dataSource(), "INSERT INTO books (title) VALUES ('Only in the first test')");
        assertEquals(4, ServerQueries.column(database.dataSource(), "SELECT title FROM books").size());
    }

    @Test
    @Order(2)
    void doesNotSeeTheRowOfTheFirstTest(ShaleTestDatabase database) throws SQLException {
        assertNotEquals(firstDatabase, database.name());
        assertEquals(List.of("Dune", "Emma", "Ulysses"),
                ServerQueries.column(database.dataSource(), "SELECT title FROM books ORDER BY title"));
    }
}
