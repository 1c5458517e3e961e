package dev.shale.examples.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.junit.ShaleDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The portal's rules as its migrations built them, on a database {@code @ShaleDatabase} migrated from the example's
 * {@code migrations/}: one fresh copy per test method, so each starts empty.
 */
@ShaleDatabase(isolation = ShaleDatabase.Isolation.METHOD)
class PortalDatabaseTest {

    @Test
    void deletingAUserDeletesTheirProjectsAndTickets(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            UUID ada = insertUser(connection, "ada@example.com");
            long project = insertProject(connection, ada, "Analytical engine");
            insertTicket(connection, ada, project, "T-1");

            update(connection, "DELETE FROM users WHERE id = ?", ada);

            assertEquals(0, count(connection, "projects"));
            assertEquals(0, count(connection, "support_tickets"));
        }
    }

    @Test
    void aNewUserIsAnActiveClientAndSuperAdminIsARole(Connection connection) throws SQLException {
        UUID grace = insertUser(connection, "grace@example.com");
        update(connection, "UPDATE users SET role = 'SUPER_ADMIN' WHERE id = ?", grace);

        try (PreparedStatement select = connection.prepareStatement("SELECT role::text, active FROM users")) {
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertEquals("SUPER_ADMIN", row.getString(1));
                assertEquals(true, row.getBoolean(2));
            }
        }
        assertEquals(1, count(connection, "users"), "each test method starts from an empty copy");
    }

    @Test
    void ticketNumbersAreUniqueAndPrioritiesBetweenOneAndFive(Connection connection) throws SQLException {
        UUID linus = insertUser(connection, "linus@example.com");
        long project = insertProject(connection, linus, "Kernel");
        insertTicket(connection, linus, project, "T-7");

        SQLException duplicate = assertThrows(SQLException.class, () -> insertTicket(connection, linus, project, "T-7"));
        assertEquals("23505", duplicate.getSQLState());
        SQLException priority = assertThrows(SQLException.class, () -> update(connection,
                "UPDATE support_tickets SET priority = 9 WHERE user_id = ?", linus));
        assertEquals("23514", priority.getSQLState());
    }

    private static UUID insertUser(Connection connection, String email) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO users (email, password_hash) VALUES (?, 'x') RETURNING id")) {
            insert.setString(1, email);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private static long insertProject(Connection connection, UUID client, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO projects (client_id, name) VALUES (?, ?) RETURNING id")) {
            insert.setObject(1, client);
            insert.setString(2, name);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void insertTicket(Connection connection, UUID user, long project, String number)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO support_tickets"
                + " (user_id, project_id, ticket_number, subject, content) VALUES (?, ?, ?, 'Help', 'It broke')")) {
            insert.setObject(1, user);
            insert.setLong(2, project);
            insert.setString(3, number);
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
