package dev.shale.migrations.runner.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Catalog questions the runner's own tables share. */
final class Relations {

    private Relations() {
    }

    /** Whether the relation named by {@code qualified} (quoted, schema-qualified) exists for this session. */
    static boolean exists(Connection connection, String qualified) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, qualified);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /**
     * Creates {@code schema} when it does not exist, in the caller's transaction. It asks first: {@code CREATE SCHEMA
     * IF NOT EXISTS} needs the CREATE privilege on the database even when the schema is there.
     */
    static void ensureSchema(Connection connection, String schema, String quoted) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                if (rows.getBoolean(1)) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + quoted);
        }
    }
}
