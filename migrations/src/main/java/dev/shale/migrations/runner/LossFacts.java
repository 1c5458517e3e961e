package dev.shale.migrations.runner;

import dev.shale.diff.postgres.DataLoss;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks up in the database what a {@link DataLoss} would discard: the rows of a table, the non-NULL values of a
 * column, the rows using an enum value (in every column of the enum type or of an array of it, partitioned tables
 * counted once through their parent), the last value a sequence handed out. Read-only queries, bounded at {@value #LIMIT} rows each so that a large
 * table costs no full count, under the session's {@code statement_timeout}.
 */
final class LossFacts {

    /** The most rows a query counts; past it the fact says "more than". */
    static final int LIMIT = 1_000_000;

    /** What the database holds of one loss: {@code missing} when the object is not there, else a bounded count. */
    record Fact(DataLoss loss, boolean missing, long count, boolean more, List<String> columns) {

        /** Whether there is data to lose. */
        boolean holdsData() {
            return !missing && count > 0;
        }

        /** {@code which holds 1,234 non-NULL values}, for a fact that holds data. */
        String holding() {
            String amount = (more ? "more than " : "") + NumberFormat.getIntegerInstance(Locale.US).format(count);
            return switch (loss.kind()) {
                case TABLE -> "which holds " + amount + (count == 1 && !more ? " row" : " rows");
                case COLUMN -> "which holds " + amount + " non-NULL " + (count == 1 && !more ? "value" : "values");
                case ENUM_VALUE -> "which " + amount + (count == 1 && !more ? " row uses" : " rows use") + " (in "
                        + String.join(", ", columns) + ")";
                case SEQUENCE -> "which has handed out values up to " + String.join("", columns);
            };
        }
    }

    private LossFacts() {
    }

    /** The fact of {@code loss} in the database {@code connection} is on, as it stands in its current transaction. */
    static Fact of(Connection connection, DataLoss loss) throws SQLException {
        QualifiedName relation = loss.relation();
        return switch (loss.kind()) {
            case TABLE -> exists(connection, "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')", relation, null)
                    ? count(connection, loss, "SELECT 1 FROM " + relation.sql(), List.of())
                    : missing(loss);
            case COLUMN -> exists(connection, "SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?"
                    + " AND c.relkind IN ('r', 'p') AND a.attname = ? AND a.attnum > 0 AND NOT a.attisdropped",
                    relation, loss.member())
                    ? count(connection, loss, "SELECT 1 FROM " + relation.sql() + " WHERE "
                            + Identifiers.quote(loss.member()) + " IS NOT NULL", List.of())
                    : missing(loss);
            case ENUM_VALUE -> enumValue(connection, loss);
            case SEQUENCE -> sequence(connection, loss);
        };
    }

    /**
     * A sequence holds data once it has handed out a value ({@code pg_sequences.last_value} is not NULL); the fact
     * keeps that value to name it.
     */
    private static Fact sequence(Connection connection, DataLoss loss) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT last_value FROM pg_catalog.pg_sequences"
                + " WHERE schemaname = ? AND sequencename = ?")) {
            query.setString(1, loss.relation().schema());
            query.setString(2, loss.relation().name());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return missing(loss);
                }
                String last = rows.getString(1);
                return last == null ? new Fact(loss, false, 0, false, List.of())
                        : new Fact(loss, false, 1, false, List.of(last));
            }
        }
    }

    private static Fact enumValue(Connection connection, DataLoss loss) throws SQLException {
        Optional<List<EnumColumns.Column>> columns = EnumColumns.of(connection, loss.relation());
        if (columns.isEmpty()) {
            return missing(loss);
        }
        long total = 0;
        boolean more = false;
        List<String> using = new ArrayList<>();
        for (EnumColumns.Column column : columns.get()) {
            Fact fact = count(connection, loss, "SELECT 1 FROM " + column.table().sql() + " WHERE " + column.uses(""),
                    List.of(loss.member()));
            if (fact.count() > 0) {
                total += fact.count();
                more |= fact.more();
                using.add(column.table() + "." + column.name());
            }
        }
        return new Fact(loss, false, Math.min(total, LIMIT), more || total > LIMIT, using);
    }

    private static boolean exists(Connection connection, String sql, QualifiedName relation, String member)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, relation.schema());
            query.setString(2, relation.name());
            if (member != null) {
                query.setString(3, member);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Counts the rows {@code select} returns, at most {@value #LIMIT} and one more to know there are more. */
    private static Fact count(Connection connection, DataLoss loss, String select, List<String> parameters)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM (" + select + " LIMIT "
                + (LIMIT + 1) + ") AS counted")) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long count = rows.getLong(1);
                return new Fact(loss, false, Math.min(count, LIMIT), count > LIMIT, List.of());
            }
        }
    }

    private static Fact missing(DataLoss loss) {
        return new Fact(loss, true, 0, false, List.of());
    }
}
