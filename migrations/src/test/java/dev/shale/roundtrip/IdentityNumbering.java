package dev.shale.roundtrip;

import dev.shale.model.Column;
import dev.shale.model.Identifiers;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether each identity column of a model, and each serial column (its default calls the sequence it owns), would
 * number a new row past the values its rows already hold: the sequence's next value lies beyond the largest value
 * (the smallest for a descending one), so a migration never reset it. Read without taking a value from the
 * sequence.
 */
final class IdentityNumbering {

    private IdentityNumbering() {
    }

    /** One sentence per identity column whose next value is not past the values held. */
    static List<String> problems(Connection connection, SchemaModel model) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (Table table : model.tables()) {
            for (Column column : table.columns()) {
                boolean serial = model.sequences().stream().anyMatch(s -> s.ownedBy() != null
                        && s.ownedBy().table().equals(table.name()) && s.ownedBy().column().equals(column.name())
                        && dev.shale.sql.SequenceCalls.in(column.defaultExpression()).contains(s.name()));
                if (column.identity() != null || serial) {
                    problem(connection, table, column).ifPresent(problems::add);
                }
            }
        }
        return problems;
    }

    private static java.util.Optional<String> problem(Connection connection, Table table, Column column)
            throws SQLException {
        String quoted = Identifiers.quote(column.name());
        String sequence;
        try (PreparedStatement find = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
            find.setString(1, table.name().sql());
            find.setString(2, column.name());
            try (ResultSet result = find.executeQuery()) {
                result.next();
                sequence = result.getString(1);
            }
        }
        if (sequence == null) {
            return java.util.Optional.of("identity column " + table.name() + "." + column.name() + " has no sequence");
        }
        String read = "SELECT s.last_value, s.is_called, p.seqincrement, (SELECT max(" + quoted + ") FROM "
                + table.name().sql() + "), (SELECT min(" + quoted + ") FROM " + table.name().sql() + ") FROM "
                + sequence + " s, pg_sequence p WHERE p.seqrelid = '" + sequence.replace("'", "''") + "'::regclass";
        try (PreparedStatement statement = connection.prepareStatement(read); ResultSet result = statement.executeQuery()) {
            result.next();
            long last = result.getLong(1);
            boolean called = result.getBoolean(2);
            long increment = result.getLong(3);
            long max = result.getLong(4);
            boolean empty = result.wasNull();
            long min = result.getLong(5);
            if (empty) {
                return java.util.Optional.empty();
            }
            long next = called ? last + increment : last;
            boolean past = increment > 0 ? next > max : next < min;
            return past ? java.util.Optional.empty()
                    : java.util.Optional.of((column.identity() != null ? "identity " : "serial ") + table.name() + "."
                            + column.name() + " would next give " + next
                            + ", but its rows already hold " + min + ".." + max);
        }
    }
}
