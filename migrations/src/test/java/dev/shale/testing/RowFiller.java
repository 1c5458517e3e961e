package dev.shale.testing;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.sql.SequenceCalls;
import dev.shale.testing.ColumnValues.Bound;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills every table of a model with a few random rows (0 to {@value #MAX_ROWS}; about one table in seven stays
 * empty), the same rows for the same seed. Rows are valid for the model: values of each column's type, NULLs
 * only where allowed, enum labels of the column's enum, unique keys (primary key, unique constraints, unique
 * indexes, lower(...) keys case-folded) distinct, foreign keys pointing at rows inserted before (parents first,
 * a self reference at an earlier row of the same statement, composite keys whole) or NULL where a column may be,
 * and checks of the shapes {@code c > N}, {@code c >= N}, {@code length(c) > 0} and {@code c BETWEEN a AND b}
 * kept. Identity and generated columns are left to the database.
 *
 * <p>Each table takes one multi-row INSERT. What the model cannot say for sure (a check of another shape, a
 * check on a generated column, an overflow in a generated expression, a column shared by two foreign keys) is
 * found by PostgreSQL: when that INSERT fails, the rows go in one by one, each under a savepoint, and a row
 * PostgreSQL rejects is left out.
 */
public final class RowFiller {

    /** The most rows a table gets. */
    public static final int MAX_ROWS = 12;

    private static final Pattern COMPARISON = Pattern.compile(
            "^\\(*(\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\)* *(>=|>) *\\(*(-?\\d+(?:\\.\\d+)?)\\)*$");
    private static final Pattern NOT_EMPTY = Pattern.compile(
            "^\\(*length\\((\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\)\\)* *> *\\(*0\\)*$");
    private static final Pattern BETWEEN = Pattern.compile(
            "^\\(*(\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*) +between +(-?\\d+) +and +(-?\\d+)\\)*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOWER = Pattern.compile("^lower\\((\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\)$");

    private final SchemaModel model;
    private final SplittableRandom random;
    /** Key values of filled tables, by table and by referenced column list, as text. */
    private final Map<QualifiedName, Map<List<String>, List<List<String>>>> keys = new HashMap<>();

    private RowFiller(SchemaModel model, long seed) {
        this.model = model;
        this.random = new SplittableRandom(seed);
    }

    /** Fills the tables of {@code model} (already created on {@code connection}); returns the rows inserted per table. */
    public static Map<QualifiedName, Integer> fill(Connection connection, SchemaModel model, long seed) throws SQLException {
        return new RowFiller(model, seed).fill(connection);
    }

    private Map<QualifiedName, Integer> fill(Connection connection) throws SQLException {
        Map<QualifiedName, Integer> inserted = new LinkedHashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (Table table : parentsFirst()) {
                List<Row> rows = rows(table);
                inserted.put(table.name(), insert(connection, statement, table, rows));
                rememberKeys(statement, table);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return inserted;
    }

    /** Tables ordered so that each comes after the tables its foreign keys point at, cycles broken by name order. */
    private List<Table> parentsFirst() {
        List<Table> remaining = new ArrayList<>(model.tables());
        List<Table> ordered = new ArrayList<>();
        Set<QualifiedName> done = new HashSet<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(fk -> fk.referencedTable().equals(t.name())
                            || done.contains(fk.referencedTable())
                            || model.table(fk.referencedTable()).isEmpty()))
                    .findFirst().orElse(remaining.get(0));
            remaining.remove(next);
            ordered.add(next);
            done.add(next.name());
        }
        return ordered;
    }

    // ---------------------------------------------------------------- rows

    /** One row: the SQL of each inserted column, and the value of each as text for keys (null: NULL or unknown). */
    private record Row(Map<String, String> sql, Map<String, String> text) {
    }

    private List<Row> rows(Table table) {
        int wanted = random.nextInt(7) == 0 ? 0 : 1 + random.nextInt(MAX_ROWS);
        List<Column> inserted = insertable(table);
        Map<String, Bound> bounds = bounds(table);
        List<List<String>> uniqueKeys = uniqueKeys(table);
        Set<Integer> nullsEqual = nullsNotDistinctKeys(table);
        Set<String> lowered = loweredColumns(table);
        List<Set<List<String>>> seen = uniqueKeys.stream().map(k -> (Set<List<String>>) new HashSet<List<String>>())
                .toList();
        List<Row> rows = new ArrayList<>();
        for (int attempt = 0; rows.size() < wanted && attempt < wanted * 4; attempt++) {
            Row row = row(table, inserted, bounds, rows);
            if (row == null) {
                continue;
            }
            List<List<String>> rowKeys = new ArrayList<>();
            boolean clash = false;
            for (int i = 0; i < uniqueKeys.size(); i++) {
                List<String> key = new ArrayList<>();
                boolean hasNull = false;
                for (String column : uniqueKeys.get(i)) {
                    String value = row.text().get(column);
                    hasNull |= value == null;
                    key.add(value == null ? null : lowered.contains(column) ? value.toLowerCase(java.util.Locale.ROOT) : value);
                }
                // a NULLS NOT DISTINCT index compares nulls as equal values
                boolean counts = !hasNull || nullsEqual.contains(i);
                rowKeys.add(counts ? key : null);
                clash |= counts && seen.get(i).contains(key);
            }
            if (clash) {
                continue;
            }
            for (int i = 0; i < uniqueKeys.size(); i++) {
                if (rowKeys.get(i) != null) {
                    seen.get(i).add(rowKeys.get(i));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** Columns given values: not identity, generated or serial ones (numbered by their sequence, as by an app). */
    private static List<Column> insertable(Table table) {
        return table.columns().stream().filter(c -> c.identity() == null && c.generatedExpression() == null
                && SequenceCalls.in(c.defaultExpression()).isEmpty()).toList();
    }

    private Row row(Table table, List<Column> inserted, Map<String, Bound> bounds, List<Row> earlier) {
        Map<String, String> sql = new LinkedHashMap<>();
        Map<String, String> text = new HashMap<>();
        Set<String> keyColumns = keyColumns(table);
        Set<String> uniqueColumns = new HashSet<>();
        uniqueKeys(table).forEach(uniqueColumns::addAll);
        for (Column column : inserted) {
            boolean mayBeNull = column.nullable() && !keyColumns.contains(column.name());
            if (mayBeNull && random.nextInt(100) < 20) {
                sql.put(column.name(), "NULL");
                text.put(column.name(), null);
            } else if (column.defaultExpression() != null && !uniqueColumns.contains(column.name())
                    && random.nextInt(100) < 15) {
                sql.put(column.name(), "DEFAULT");
                text.put(column.name(), null);
            } else {
                ColumnValues.Value value = ColumnValues.random(column.type(), labels(column), bounds.getOrDefault(
                        column.name(), Bound.NONE), random);
                sql.put(column.name(), value.sql());
                text.put(column.name(), value.key());
            }
        }
        for (ForeignKey fk : table.foreignKeys()) {
            if (!reference(table, fk, sql, text, earlier)) {
                return null;
            }
        }
        return new Row(sql, text);
    }

    /** Points the row's {@code fk} columns at a parent row, or NULLs one of them; false when neither can be done. */
    private boolean reference(Table table, ForeignKey fk, Map<String, String> sql, Map<String, String> text,
            List<Row> earlier) {
        List<Column> columns = fk.columns().stream().map(c -> table.column(c).orElseThrow()).toList();
        List<List<String>> parents = parentKeys(table, fk, earlier);
        Column nullable = columns.stream().filter(Column::nullable).findFirst().orElse(null);
        if (nullable != null && (parents.isEmpty() || random.nextInt(100) < 20)) {
            sql.put(nullable.name(), "NULL");
            text.put(nullable.name(), null);
            return true;
        }
        if (parents.isEmpty() || columns.stream().anyMatch(c -> !sql.containsKey(c.name()))) {
            return false;
        }
        List<String> parent = parents.get(random.nextInt(parents.size()));
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            sql.put(column.name(), Identifiers.literal(parent.get(i)) + "::" + column.type().sql());
            text.put(column.name(), parent.get(i));
        }
        return true;
    }

    /** Key values {@code fk} may point at: rows of its table inserted before, or earlier rows of this one. */
    private List<List<String>> parentKeys(Table table, ForeignKey fk, List<Row> earlier) {
        if (!fk.referencedTable().equals(table.name())) {
            return keys.getOrDefault(fk.referencedTable(), Map.of()).getOrDefault(fk.referencedColumns(), List.of());
        }
        List<List<String>> parents = new ArrayList<>();
        for (Row row : earlier) {
            List<String> key = fk.referencedColumns().stream().map(c -> row.text().get(c)).toList();
            // a NULL, a DEFAULT or an identity value is not known here: such a row cannot be pointed at
            if (key.stream().allMatch(java.util.Objects::nonNull)) {
                parents.add(key);
            }
        }
        return parents;
    }

    private List<String> labels(Column column) {
        if (!column.type().isUserType() || column.type().name().equals("citext")) {
            return List.of();
        }
        return model.enumType(column.type().userTypeName()).map(EnumType::values).orElseThrow(
                () -> new IllegalStateException("column " + column.name() + " has undeclared type " + column.type()));
    }

    // ---------------------------------------------------------------- what the constraints say

    private static Set<String> keyColumns(Table table) {
        Set<String> columns = new HashSet<>();
        if (table.primaryKey() != null) {
            columns.addAll(table.primaryKey().columns());
        }
        return columns;
    }

    /**
     * Column lists whose values must be distinct: primary key, unique constraints, unique indexes, then exclusion
     * constraints comparing plain columns with {@code =} only (nulls distinct: {@code NULL = x} is never true).
     */
    private static List<List<String>> uniqueKeys(Table table) {
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) {
            keys.add(table.primaryKey().columns());
        }
        table.uniques().stream().map(UniqueConstraint::columns).forEach(keys::add);
        for (Index index : table.indexes()) {
            if (!index.unique()) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            for (IndexKey key : index.keys()) {
                String column = key.expression() ? lowered(key.text()) : key.text();
                if (column == null) {
                    columns = null;
                    break;
                }
                columns.add(column);
            }
            if (columns != null) {
                keys.add(columns);
            }
        }
        for (dev.shale.model.ExclusionConstraint exclusion : table.exclusions()) {
            if (exclusion.elements().stream().allMatch(e -> !e.key().expression() && e.operator().equals("="))) {
                keys.add(exclusion.keys().stream().map(IndexKey::text).toList());
            }
        }
        return keys;
    }

    /** Positions in {@link #uniqueKeys} of the unique constraints and unique indexes with NULLS NOT DISTINCT. */
    private static Set<Integer> nullsNotDistinctKeys(Table table) {
        Set<Integer> positions = new HashSet<>();
        int position = table.primaryKey() != null ? 1 : 0;
        for (UniqueConstraint unique : table.uniques()) {
            if (unique.options().nullsNotDistinct()) {
                positions.add(position);
            }
            position++;
        }
        for (Index index : table.indexes()) {
            if (!index.unique() || index.keys().stream().anyMatch(k -> k.expression() && lowered(k.text()) == null)) {
                continue;
            }
            if (index.nullsNotDistinct()) {
                positions.add(position);
            }
            position++;
        }
        return positions;
    }

    /**
     * Columns whose key values are compared case-folded: those a unique index keys on as {@code lower(c)}, and citext
     * columns.
     */
    private static Set<String> loweredColumns(Table table) {
        Set<String> lowered = table.indexes().stream().filter(Index::unique).flatMap(i -> i.keys().stream())
                .filter(IndexKey::expression).map(k -> lowered(k.text())).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        table.columns().stream().filter(c -> c.type().isUserType() && c.type().name().equals("citext"))
                .forEach(c -> lowered.add(c.name()));
        return lowered;
    }

    private static String lowered(String expression) {
        Matcher matcher = LOWER.matcher(expression.strip());
        return matcher.matches() ? unquote(matcher.group(1)) : null;
    }

    /** The bounds the table's checks put on single columns, for the shapes this class reads. */
    private static Map<String, Bound> bounds(Table table) {
        Map<String, Bound> bounds = new HashMap<>();
        for (CheckConstraint check : table.checks()) {
            String expression = check.expression().strip();
            Matcher comparison = COMPARISON.matcher(expression);
            Matcher notEmpty = NOT_EMPTY.matcher(expression);
            Matcher between = BETWEEN.matcher(expression);
            if (comparison.matches() && new java.math.BigDecimal(comparison.group(3)).signum() == 0) {
                bounds.put(unquote(comparison.group(1)),
                        comparison.group(2).equals(">") ? Bound.POSITIVE : Bound.NON_NEGATIVE);
            } else if (notEmpty.matches()) {
                bounds.put(unquote(notEmpty.group(1)), Bound.NOT_EMPTY);
            } else if (between.matches() && Long.parseLong(between.group(2)) > 0) {
                bounds.put(unquote(between.group(1)), Bound.POSITIVE); // a narrow range: found by PostgreSQL
            }
        }
        return bounds;
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
                : identifier;
    }

    // ---------------------------------------------------------------- writing

    private int insert(Connection connection, Statement statement, Table table, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        Savepoint all = connection.setSavepoint();
        try {
            statement.execute(insertSql(table, rows));
            connection.releaseSavepoint(all);
            return rows.size();
        } catch (SQLException e) {
            connection.rollback(all);
        }
        int inserted = 0;
        for (Row row : rows) {
            Savepoint one = connection.setSavepoint();
            try {
                statement.execute(insertSql(table, List.of(row)));
                connection.releaseSavepoint(one);
                inserted++;
            } catch (SQLException e) {
                connection.rollback(one);
            }
        }
        return inserted;
    }

    private static String insertSql(Table table, List<Row> rows) {
        List<String> columns = List.copyOf(rows.get(0).sql().keySet());
        if (columns.isEmpty()) {
            Column first = table.columns().get(0);
            return "INSERT INTO " + table.name().sql() + " (" + Identifiers.quote(first.name()) + ") VALUES "
                    + rows.stream().map(r -> "(DEFAULT)").collect(Collectors.joining(", "));
        }
        return "INSERT INTO " + table.name().sql() + " ("
                + columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ")) + ") VALUES\n"
                + rows.stream().map(r -> columns.stream().map(c -> r.sql().get(c)).collect(Collectors.joining(", ", "(", ")")))
                        .collect(Collectors.joining(",\n"));
    }

    /** Reads back the key values other tables' foreign keys point at, as the database holds them. */
    private void rememberKeys(Statement statement, Table table) throws SQLException {
        Set<List<String>> referenced = new HashSet<>();
        for (Table other : model.tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.referencedTable().equals(table.name()) && !other.name().equals(table.name())) {
                    referenced.add(fk.referencedColumns());
                }
            }
        }
        Map<List<String>, List<List<String>>> found = new HashMap<>();
        for (List<String> columns : referenced) {
            List<List<String>> values = new ArrayList<>();
            String sql = "SELECT " + columns.stream().map(c -> Identifiers.quote(c) + "::text")
                    .collect(Collectors.joining(", ")) + " FROM " + table.name().sql() + " WHERE "
                    + columns.stream().map(c -> Identifiers.quote(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
            try (ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    List<String> key = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        key.add(result.getString(i));
                    }
                    values.add(key);
                }
            }
            found.put(columns, values);
        }
        keys.put(table.name(), found);
    }
}
