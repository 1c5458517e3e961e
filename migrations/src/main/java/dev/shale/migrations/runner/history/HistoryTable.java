package dev.shale.migrations.runner.history;

import static dev.shale.model.Identifiers.literal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The history table {@code <schema>.shale_migrations}: one row per applied migration (version text
 * primary key, name, checksum, batch, applied_at, execution_ms, applied_by = {@code current_user@host}).
 * Reading never creates it; {@link #ensure} creates it (and its schema) inside the caller's
 * transaction, so a failed first run leaves no table behind.
 */
public final class HistoryTable {

    /** The table's name. */
    public static final String TABLE = "shale_migrations";

    /** The transaction-local setting that holds when the last record was made, in epoch seconds. */
    public static final String MARK = "shale.recorded_at";

    private static final String HOST = hostName();

    private final String schema;
    private final String qualified;

    public HistoryTable(String schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.qualified = quote(schema) + "." + quote(TABLE);
    }

    /** The schema. */
    public String schema() {
        return schema;
    }

    /** The qualified, quoted name: {@code "public"."shale_migrations"}. */
    public String qualifiedName() {
        return qualified;
    }

    /** Whether the table exists (visible to this session). */
    public boolean exists(Connection connection) throws SQLException {
        return Relations.exists(connection, qualified);
    }

    /** Every row in version order; empty when the table does not exist. */
    public List<HistoryRow> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<HistoryRow> out = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, name, checksum, batch, applied_at,"
                        + " execution_ms, applied_by FROM " + qualified + " ORDER BY version")) {
            while (rows.next()) {
                Timestamp at = rows.getTimestamp(5);
                out.add(new HistoryRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                        at.toInstant(), rows.getLong(6), rows.getString(7)));
            }
        }
        return out;
    }

    /** Creates the schema (when missing) and the table (when missing), in the caller's transaction. */
    public void ensure(Connection connection) throws SQLException {
        if (exists(connection)) {
            return;
        }
        Relations.ensureSchema(connection, schema, quote(schema));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + qualified + " ("
                    + "version text PRIMARY KEY, "
                    + "name text NOT NULL, "
                    + "checksum text NOT NULL, "
                    + "batch integer NOT NULL, "
                    + "applied_at timestamptz NOT NULL, "
                    + "execution_ms bigint NOT NULL, "
                    + "applied_by text NOT NULL)");
            statement.execute("COMMENT ON TABLE " + qualified
                    + " IS 'Migrations applied by Shale; written by shale migrate and rollback, never by hand.'");
        }
    }

    /**
     * The statement that records an applied migration whose time the client measured, run in the caller's
     * transaction; {@code applied_at} is the clock time when it runs. Values are SQL literals, so it can go in a
     * JDBC batch.
     */
    public String insertSql(String version, String name, String checksum, int batch, long executionMs) {
        return "INSERT INTO " + qualified + " (version, name, checksum, batch, applied_at, execution_ms, applied_by)"
                + " VALUES (" + literal(version) + ", " + literal(name) + ", " + literal(checksum) + ", " + batch
                + ", clock_timestamp(), " + executionMs + ", current_user || '@' || " + literal(HOST) + ")";
    }

    /**
     * The statement that records an applied migration with the time the server measured: from the previous
     * statement made by this method in the same transaction (or from the transaction's start) to now. It keeps
     * that mark in the transaction-local setting {@value #MARK}, so a batch of migrations and their records
     * needs no round trip to time each one; {@link #executionTimes} reads the times back.
     */
    public String insertTimedByServerSql(String version, String name, String checksum, int batch) {
        // OFFSET 0 keeps the subquery (which reads the mark) from being merged with the WHERE (which moves it)
        return "INSERT INTO " + qualified + " (version, name, checksum, batch, applied_at, execution_ms, applied_by)"
                + " SELECT " + literal(version) + ", " + literal(name) + ", " + literal(checksum) + ", " + batch
                + ", t.now, round((extract(epoch FROM t.now)::numeric - t.since) * 1000)::bigint,"
                + " current_user || '@' || " + literal(HOST)
                + " FROM (SELECT clock_timestamp() AS now, coalesce(nullif(current_setting('" + MARK + "', true), '')"
                + "::numeric, extract(epoch FROM transaction_timestamp())::numeric) AS since OFFSET 0) t"
                + " WHERE set_config('" + MARK + "', extract(epoch FROM t.now)::numeric::text, true) IS NOT NULL";
    }

    /** The {@code execution_ms} of these versions, by version (visible to the caller's transaction). */
    public Map<String, Long> executionTimes(Connection connection, Collection<String> versions) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT version, execution_ms FROM "
                + qualified + " WHERE version = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("text", versions.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return out;
    }

    /** The statement that deletes the rows of these versions, in the caller's transaction (SQL literals). */
    public String deleteSql(Collection<String> versions) {
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(qualified).append(" WHERE version IN (");
        String separator = "";
        for (String version : versions) {
            sql.append(separator).append(literal(version));
            separator = ", ";
        }
        return sql.append(')').toString();
    }

    /** The next batch number: one more than the largest recorded. */
    public static int nextBatch(List<HistoryRow> rows) {
        return rows.stream().mapToInt(HistoryRow::batch).max().orElse(0) + 1;
    }

    /** The row of a version, if any. */
    public static Optional<HistoryRow> find(List<HistoryRow> rows, String version) {
        return rows.stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** {@code "name"} with inner quotes doubled. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | SecurityException e) {
            return "unknown-host";
        }
    }
}
