package dev.shale.migrations.dependents;

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
import java.util.Map;

/**
 * Finds, with one catalog query ({@code dependents.sql}, from {@code pg_depend}), the objects Shale does not manage
 * that depend on the tables and columns some migrations drop or change the type of: what will make a migration fail,
 * or be dropped by it silently. Reads only.
 */
public final class Dependents {

    private static final String DEPENDENTS = load();

    private Dependents() {
    }

    /**
     * The unmanaged dependents of what the statements of each file ({@code statements}: file shown in messages ->
     * its statements' SQL, in run order) drop or retype, leaving out those the files themselves drop (a hand-written
     * migration that drops a view before the column it uses).
     */
    public static List<UnmanagedDependent> of(Connection connection, Map<String, List<String>> statements)
            throws SQLException {
        List<TouchedObject> targets = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<TouchedObject> droppedByTheFiles = new ArrayList<>();
        statements.forEach((file, sqls) -> {
            for (String sql : sqls) {
                for (TouchedObject touched : TouchedObjects.of(sql)) {
                    if (touched.mayBreakDependents()) {
                        targets.add(touched);
                        files.add(file);
                    } else if (touched.dropsUnmanaged()) {
                        droppedByTheFiles.add(touched);
                    }
                }
            }
        });
        if (targets.isEmpty()) {
            return List.of();
        }
        List<UnmanagedDependent> out = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(DEPENDENTS)) {
            Array schemas = connection.createArrayOf("text", targets.stream().map(t -> t.relation().schema()).toArray());
            Array tables = connection.createArrayOf("text", targets.stream().map(t -> t.relation().name()).toArray());
            Array columns = connection.createArrayOf("text",
                    targets.stream().map(t -> t.member() == null ? "" : t.member()).toArray());
            query.setArray(1, schemas);
            query.setArray(2, tables);
            query.setArray(3, columns);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int index = rows.getInt("target") - 1;
                    String dependent = rows.getString("dependent");
                    boolean droppedWithIt = rows.getBoolean("dropped_with_it");
                    TouchedObject touched = targets.get(index);
                    if (droppedByTheFiles.stream().anyMatch(d -> drops(d, dependent))
                            || droppedWithIt && touched.kind() == TouchedObject.Kind.ALTER_COLUMN_TYPE) {
                        continue;
                    }
                    out.add(new UnmanagedDependent(dependent, touched, files.get(index), droppedWithIt));
                }
            }
        }
        return out;
    }

    /** Whether {@code drop} drops the object {@code dependents.sql} describes as {@code dependent}. */
    private static boolean drops(TouchedObject drop, String dependent) {
        return switch (drop.kind()) {
            case DROP_VIEW -> dependent.equals("view " + drop.relation())
                    || dependent.equals("materialized view " + drop.relation());
            case DROP_FUNCTION -> dependent.startsWith("function " + drop.relation() + "(")
                    || dependent.startsWith("procedure " + drop.relation() + "(");
            default -> dependent.endsWith(" " + drop.relation().schema() + "." + drop.member() + " on "
                    + drop.relation().name());
        };
    }

    private static String load() {
        try (InputStream in = Dependents.class.getResourceAsStream("dependents.sql")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dependents.sql next to " + Dependents.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
