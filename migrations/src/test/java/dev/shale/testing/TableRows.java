package dev.shale.testing;

import dev.shale.model.Column;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rows of a table as PostgreSQL prints them ({@code column::text}, NULL as null), in no particular order:
 * compare them as multisets. Read with the session's TimeZone set to UTC, so timestamptz values print the same
 * whatever zone the JVM runs in.
 *
 * @param columns the column names, in the table's order
 * @param rows each row's values, in {@code columns}' order
 */
public record TableRows(List<String> columns, List<List<String>> rows) {

    public TableRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The values of {@code column}, one per row (null for NULL). */
    public List<String> column(String column) {
        int at = columns.indexOf(column);
        if (at < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return rows.stream().map(r -> r.get(at)).toList();
    }

    /** The rows of every table of {@code model}, by table name. */
    public static Map<QualifiedName, TableRows> read(Connection connection, SchemaModel model) throws SQLException {
        Map<QualifiedName, TableRows> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone TO 'UTC'");
            for (Table table : model.tables()) {
                tables.put(table.name(), read(statement, table));
            }
        }
        return tables;
    }

    private static TableRows read(Statement statement, Table table) throws SQLException {
        List<String> columns = table.columns().stream().map(Column::name).toList();
        String sql = "SELECT " + columns.stream().map(c -> Identifiers.quote(c) + "::text")
                .collect(Collectors.joining(", ")) + " FROM " + table.name().sql();
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<String> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return new TableRows(columns, rows);
    }
}
