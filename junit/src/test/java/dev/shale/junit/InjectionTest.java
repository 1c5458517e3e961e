package dev.shale.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Every injectable type, as a parameter and as a field, names the class's one database. */
@ShaleDatabase(migrations = "src/test/resources/db/shale")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InjectionTest {

    private static String classDatabase;
    private static Connection parameterConnection;

    private ShaleTestDatabase handleField;
    private DataSource dataSourceField;
    @ShaleDatabaseUrl
    private String urlField;

    @BeforeAll
    static void theDatabaseExistsBeforeAll(ShaleTestDatabase database) {
        classDatabase = database.name();
    }

    @Test
    @Order(1)
    void parametersOfEachType(ShaleTestDatabase database, DataSource dataSource, Connection connection,
            @ShaleDatabaseUrl String url) throws SQLException {
        assertEquals(classDatabase, database.name());
        assertTrue(database.name().startsWith("shale_test_"), database.name());
        assertTrue(database.templateName().startsWith("shale_tpl_"), database.templateName());
        assertEquals(List.of(classDatabase), ServerQueries.column(dataSource, "SELECT current_database()"));
        assertEquals(List.of(classDatabase), ServerQueries.column(connection, "SELECT current_database()"));
        try (Connection byUrl = DriverManager.getConnection(url)) {
            assertEquals(List.of(classDatabase), ServerQueries.column(byUrl, "SELECT current_database()"));
        }
        assertFalse(connection.isClosed());
        parameterConnection = connection;
    }

    @Test
    @Order(2)
    void theConnectionOfTheFirstTestWasClosedAfterIt() throws SQLException {
        assertNotNull(parameterConnection);
        assertTrue(parameterConnection.isClosed());
    }

    @Test
    @Order(3)
    void fieldsOfEachType() throws SQLException {
        assertEquals(classDatabase, handleField.name());
        assertEquals(List.of(classDatabase), ServerQueries.column(dataSourceField, "SELECT current_database()"));
        assertEquals(handleField.url(), urlField);
        try (Connection connection = handleField.connect()) {
            assertEquals(List.of("3"), ServerQueries.column(connection, "SELECT count(*) FROM books"));
        }
    }

    /** A nested class shares the enclosing class's database. */
    @Nested
    class Inner {

        @Test
        void getsTheEnclosingClasssDatabase(ShaleTestDatabase database) {
            assertEquals(classDatabase, database.name());
            assertEquals(classDatabase, handleField.name());
        }
    }

    @AfterAll
    static void theDatabaseIsStillThereInAfterAll(DataSource dataSource) throws SQLException {
        assertEquals(List.of(classDatabase), ServerQueries.column(dataSource, "SELECT current_database()"));
    }
}
