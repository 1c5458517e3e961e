package dev.shale.migrations.runner.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
}
