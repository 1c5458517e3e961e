package dev.shale.migrations.introspect;

import dev.shale.model.QualifiedName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads, with one catalog query ({@code fingerprints.sql}), a {@link UnmanagedFingerprint} of every object of its own
 * that {@code unmanaged.sql} lists in the given schemas (views, triggers, functions, policies, sequences, ...; not
 * the unmanaged indexes nor the details of managed tables, which drift and the unmanaged list cover). Reads only.
 */
public final class Fingerprints {

    private static final String FINGERPRINTS = load();

    private Fingerprints() {
    }

    /** The fingerprints of the unmanaged objects in {@code schemas}, by kind, schema, table and name. */
    public static List<UnmanagedFingerprint> read(Connection connection, List<String> schemas) throws SQLException {
        Objects.requireNonNull(schemas, "schemas");
        List<UnmanagedFingerprint> out = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(FINGERPRINTS)) {
            Array names = connection.createArrayOf("text", schemas.toArray(new String[0]));
            int parameters = FINGERPRINTS.split("ANY \\(\\?\\)", -1).length - 1;
            for (int i = 1; i <= parameters; i++) {
                query.setArray(i, names);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    out.add(new UnmanagedFingerprint(new UnmanagedObject(
                            UnmanagedObject.Kind.valueOf(rows.getString("kind")),
                            new QualifiedName(rows.getString("schema_name"), rows.getString("object_name")),
                            rows.getString("table_name")), rows.getString("definition_md5")));
                }
            }
        }
        return out;
    }

    private static String load() {
        try (InputStream in = Fingerprints.class.getResourceAsStream("fingerprints.sql")) {
            if (in == null) {
                throw new IllegalStateException("missing resource fingerprints.sql next to " + Fingerprints.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
