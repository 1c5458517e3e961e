package dev.shale.migrations.runner.history;

import static dev.shale.migrations.runner.history.HistoryTable.quote;
import static dev.shale.model.Identifiers.literal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The progress table {@code <schema>.shale_migration_progress}, next to the history table: one row per migration
 * whose steps have partly run (version, direction {@code up} or {@code down}, steps done, steps in all, the file's
 * checksum, when the last step finished). A row is written in the transaction of the step it counts (after it, for a
 * non-transactional step) and deleted in the transaction that records the whole migration in the history. Reading
 * never creates it; {@link #ensure} creates it inside the caller's transaction (the schema exists by then: the
 * history table is created first).
 */
public final class ProgressTable {

    /** The table's name. */
    public static final String TABLE = "shale_migration_progress";

    private final String schema;
    private final String qualified;

    public ProgressTable(String schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.qualified = quote(schema) + "." + quote(TABLE);
    }

    /** The qualified, quoted name: {@code "public"."shale_migration_progress"}. */
    public String qualifiedName() {
        return qualified;
    }

    /** Whether the table exists (visible to this session). */
    public boolean exists(Connection connection) throws SQLException {
        return Relations.exists(connection, qualified);
    }

    /** Every row, by version then direction; empty when the table does not exist. */
    public List<ProgressRow> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<ProgressRow> out = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, direction, step, steps, checksum,"
                        + " finished_at FROM " + qualified + " ORDER BY version, direction")) {
            while (rows.next()) {
                out.add(new ProgressRow(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                        rows.getString(5), rows.getTimestamp(6).toInstant()));
            }
        }
        return out;
    }

    /** Creates the table when missing, in the caller's transaction. */
    public void ensure(Connection connection) throws SQLException {
        if (exists(connection)) {
            return;
        }
        Relations.ensureSchema(connection, schema, quote(schema));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + qualified + " ("
                    + "version text NOT NULL, "
                    + "direction text NOT NULL CHECK (direction IN ('up', 'down')), "
                    + "step integer NOT NULL, "
                    + "steps integer NOT NULL, "
                    + "checksum text NOT NULL, "
                    + "finished_at timestamptz NOT NULL, "
                    + "PRIMARY KEY (version, direction))");
            statement.execute("COMMENT ON TABLE " + qualified + " IS 'Steps of migrations partly applied by Shale;"
                    + " written by shale migrate and rollback, never by hand.'");
        }
    }

    /** The statement that records {@code step} of {@code steps} as done (SQL literals, so it can go in a batch). */
    public String saveSql(String version, String direction, int step, int steps, String checksum) {
        return "INSERT INTO " + qualified + " (version, direction, step, steps, checksum, finished_at) VALUES ("
                + literal(version) + ", " + literal(direction) + ", " + step + ", " + steps + ", " + literal(checksum)
                + ", clock_timestamp()) ON CONFLICT (version, direction) DO UPDATE SET step = EXCLUDED.step,"
                + " steps = EXCLUDED.steps, checksum = EXCLUDED.checksum, finished_at = EXCLUDED.finished_at";
    }

    /** The statement that deletes the progress of a migration in one direction (SQL literals). */
    public String deleteSql(String version, String direction) {
        return "DELETE FROM " + qualified + " WHERE version = " + literal(version) + " AND direction = "
                + literal(direction);
    }
}
