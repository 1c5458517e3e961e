package dev.shale.migrations.runner;

import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The table columns of an enum type or of an array of it (partitioned tables once, through their parent). */
final class EnumColumns {

    /** One column of the enum type ({@code array} false) or of an array of it. */
    record Column(QualifiedName table, String name, boolean array) {

        /**
         * A condition true on the rows whose column holds the value bound to its one parameter; {@code prefix} is put
         * before the column's name ({@code "t."} for a table aliased {@code t}, or {@code ""}).
         */
        String uses(String prefix) {
            String column = prefix + Identifiers.quote(name);
            return array ? "?::text = ANY (" + column + "::text[])" : column + "::text = ?";
        }
    }

    private EnumColumns() {
    }

    /** The columns of the enum {@code type}, ordered by table and name; empty when there is no such enum. */
    static Optional<List<Column>> of(Connection connection, QualifiedName type) throws SQLException {
        long oid;
        long arrayOid;
        try (PreparedStatement query = connection.prepareStatement("SELECT t.oid, t.typarray FROM pg_type t"
                + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ? AND t.typname = ?"
                + " AND t.typtype = 'e'")) {
            query.setString(1, type.schema());
            query.setString(2, type.name());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                oid = rows.getLong(1);
                arrayOid = rows.getLong(2);
            }
        }
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT n.nspname, c.relname, a.attname,"
                + " a.atttypid = ?::oid FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.atttypid IN (?::oid, ?::oid)"
                + " AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                + " ORDER BY 1, 2, 3")) {
            query.setLong(1, oid);
            query.setLong(2, oid);
            query.setLong(3, arrayOid);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new Column(new QualifiedName(rows.getString(1), rows.getString(2)),
                            rows.getString(3), !rows.getBoolean(4)));
                }
            }
        }
        return Optional.of(List.copyOf(columns));
    }
}
