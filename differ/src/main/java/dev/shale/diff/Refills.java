package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.Map;
import java.util.Set;

/**
 * The value the rows of a table get when the down migration adds back a dropped NOT NULL column that has no
 * default (nor identity or generation, which fill the rows themselves): the zero of its type, so that the column
 * can be added to a table with rows. The dropped values themselves are gone; the down's header says so
 * ({@code shale:cannot-restore}) and {@code rollback} refuses it where the table has rows, unless forced.
 */
final class Refills {

    private static final Map<String, String> ZEROS = Map.ofEntries(
            Map.entry("smallint", "0"), Map.entry("integer", "0"), Map.entry("bigint", "0"),
            Map.entry("numeric", "0"), Map.entry("real", "0"), Map.entry("double precision", "0"),
            Map.entry("text", "''"), Map.entry("varchar", "''"), Map.entry("char", "''"),
            Map.entry("boolean", "false"),
            Map.entry("uuid", "'00000000-0000-0000-0000-000000000000'"),
            Map.entry("date", "'epoch'"), Map.entry("timestamp", "'epoch'"), Map.entry("timestamptz", "'epoch'"),
            Map.entry("time", "'00:00'"), Map.entry("timetz", "'00:00+00'"), Map.entry("interval", "'0'"),
            Map.entry("bytea", "''"), Map.entry("jsonb", "'null'"), Map.entry("json", "'null'"));

    private Refills() {
    }

    /** Whether adding {@code column} back to a table with rows needs a value Shale makes up. */
    static boolean needed(Column column) {
        return !column.nullable() && !column.fillsRows();
    }

    /**
     * The refill of {@code column} of {@code table} as a SQL expression of its type: an empty array, an enum's first
     * label ({@code enum_first}), the zero of a built-in type; null when none is needed, when Shale knows no value of
     * its type (a type only {@code @Column(type)} names), or when one value for every row could break a
     * constraint of the table: the column is in its primary key, a unique constraint or unique index (every row would
     * share the value), a foreign key (the value may match no parent row), a check or index expression (the value
     * may not pass it) or an exclusion constraint (rows sharing the value may conflict). The down then adds the column plainly, and its pre-flight check refuses it on a table with
     * rows rather than let a made-up value fail half-way or pass a constraint it should not.
     */
    static String of(Table table, Column column, Set<QualifiedName> enums) {
        if (!needed(column) || constrained(table, column.name())) {
            return null;
        }
        return zero(column, enums);
    }

    private static boolean constrained(Table table, String name) {
        Set<String> names = Set.of(name);
        return table.primaryKey() != null && table.primaryKey().columns().contains(name)
                || table.uniques().stream().anyMatch(u -> u.columns().contains(name))
                || table.foreignKeys().stream().anyMatch(f -> f.columns().contains(name))
                || table.checks().stream().anyMatch(c -> ColumnMentions.inExpression(c.expression(), names))
                || table.exclusions().stream().anyMatch(x -> ColumnMentions.inExclusion(x, names))
                || table.indexes().stream().anyMatch(i -> i.unique() && i.keys().stream().anyMatch(k -> k.expression()
                        ? ColumnMentions.inExpression(k.text(), names) : k.text().equals(name))
                        || i.where() != null && ColumnMentions.inExpression(i.where(), names));
    }

    private static String zero(Column column, Set<QualifiedName> enums) {
        ColumnType type = column.type();
        if (type.dimensions() > 0) {
            return "'{}'";
        }
        if (type.isUserType()) {
            return enums.contains(type.userTypeName())
                    ? "enum_first(NULL::" + type.sql() + ")" : null;
        }
        return ZEROS.get(type.name());
    }
}
