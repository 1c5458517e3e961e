package dev.shale.junit.internal;

import dev.shale.junit.ShaleTestDatabaseException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;

/** Creates the databases tests get, as copies of a template, and drops them. */
public final class FreshDatabases {

    /** The prefix of every fresh database's name. */
    public static final String PREFIX = "shale_test_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FreshDatabases() {
    }

    /** A new database copied from {@code template}; its unique name. */
    public static String create(ServerEndpoint server, String template) {
        String name = PREFIX + HexFormat.of().formatHex(RANDOM.generateSeed(8));
        try (AdminSession admin = new AdminSession(server)) {
            admin.createFrom(name, template);
        } catch (SQLException e) {
            throw new ShaleTestDatabaseException("Could not create the test database " + name + " from the template "
                    + template + " on " + server.description() + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** Drops a database and closes the sessions still connected to it. */
    public static void drop(ServerEndpoint server, String name) {
        try (AdminSession admin = new AdminSession(server)) {
            admin.drop(name);
        } catch (SQLException e) {
            throw new ShaleTestDatabaseException("Could not drop the test database " + name + " on "
                    + server.description() + ": " + e.getMessage() + ". Drop it by hand: DROP DATABASE " + name + ";", e);
        }
    }
}
