package dev.shale.migrations.runner.history;

import static dev.shale.migrations.runner.history.HistoryTable.quote;

import dev.shale.migrations.introspect.UnmanagedFingerprint;
import dev.shale.migrations.introspect.UnmanagedObject;
import dev.shale.model.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The table {@code <schema>.shale_unmanaged_objects}, next to the history table: the objects Shale does not manage
 * (views, triggers, functions, ...) as they were when the last {@code migrate} or {@code rollback} ended, one row
 * each (kind, schema, name, table or {@code ''}, the md5 of its definition, when it was recorded), so that
 * {@code check --db} can tell which were created, dropped or changed since. Reading never creates it;
 * {@link #ensure} creates it inside the caller's transaction, under the migration lock.
 */
public final class UnmanagedTable {

    /** The table's name. */
    public static final String TABLE = "shale_unmanaged_objects";

    private final String schema;
    private final String qualified;

    public UnmanagedTable(String schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.qualified = quote(schema) + "." + quote(TABLE);
    }

    /** The qualified, quoted name: {@code "public"."shale_unmanaged_objects"}. */
    public String qualifiedName() {
        return qualified;
    }

    /** What was recorded, and when; empty when the table does not exist (nothing was ever recorded). */
    public Optional<Recorded> read(Connection connection) throws SQLException {
        if (!Relations.exists(connection, qualified)) {
            return Optional.empty();
        }
        List<UnmanagedFingerprint> objects = new ArrayList<>();
        Instant at = null;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT kind, schema_name, object_name, table_name,"
                        + " definition_md5, recorded_at FROM " + qualified
                        + " ORDER BY kind, schema_name, table_name, object_name")) {
            while (rows.next()) {
                String table = rows.getString(4);
                // a kind this version does not know (recorded by a newer one) is left out rather than misread
                Optional<UnmanagedObject.Kind> kind = kind(rows.getString(1));
                if (kind.isPresent()) {
                    objects.add(new UnmanagedFingerprint(new UnmanagedObject(kind.get(),
                            new QualifiedName(rows.getString(2), rows.getString(3)), table.isEmpty() ? null : table),
                            rows.getString(5)));
                }
                Timestamp recordedAt = rows.getTimestamp(6);
                at = at == null || recordedAt.toInstant().isAfter(at) ? recordedAt.toInstant() : at;
            }
        }
        return Optional.of(new Recorded(objects, at));
    }

    /** Creates the schema (when missing) and the table (when missing), in the caller's transaction. */
    public void ensure(Connection connection) throws SQLException {
        if (Relations.exists(connection, qualified)) {
            return;
        }
        Relations.ensureSchema(connection, schema, quote(schema));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + qualified + " ("
                    + "kind text NOT NULL, "
                    + "schema_name text NOT NULL, "
                    + "object_name text NOT NULL, "
                    + "table_name text NOT NULL, "
                    + "definition_md5 text NOT NULL, "
                    + "recorded_at timestamptz NOT NULL, "
                    + "PRIMARY KEY (kind, schema_name, table_name, object_name))");
            statement.execute("COMMENT ON TABLE " + qualified + " IS 'Objects Shale does not manage, as the last"
                    + " shale migrate or rollback left them; written by Shale, never by hand.'");
        }
    }

    /** Replaces what is recorded with {@code objects}, in the caller's transaction (which {@link #ensure}d it). */
    public void replace(Connection connection, List<UnmanagedFingerprint> objects) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM " + qualified);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + qualified
                + " (kind, schema_name, object_name, table_name, definition_md5, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, clock_timestamp())")) {
            for (UnmanagedFingerprint fingerprint : objects) {
                UnmanagedObject object = fingerprint.object();
                insert.setString(1, object.kind().name());
                insert.setString(2, object.name().schema());
                insert.setString(3, object.name().name());
                insert.setString(4, object.table() == null ? "" : object.table());
                insert.setString(5, fingerprint.definitionMd5());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Optional<UnmanagedObject.Kind> kind(String name) {
        try {
            return Optional.of(UnmanagedObject.Kind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The objects recorded, and when ({@code null} when none was: the database held no unmanaged object). */
    public record Recorded(List<UnmanagedFingerprint> objects, Instant at) {

        public Recorded {
            objects = List.copyOf(objects);
        }
    }
}
