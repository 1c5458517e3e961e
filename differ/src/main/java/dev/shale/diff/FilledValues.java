package dev.shale.diff;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.model.Identifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-flight check of a key, check or foreign key on a column whose values the same migration makes for the rows
 * that exist: a column it adds to an existing table (every row gets its default, backfill or refill) or whose NULLs
 * it fills, and a generated column it adds to an existing table (every row gets its expression, computed from the
 * row's other columns, themselves written as their values when the migration makes them). Before the migration
 * those values are not there to look at, so the requirement is checked through them:
 * the column written as its value ({@code (0)}, {@code coalesce(opens_at, (1))}, {@code ((price * 2))}) in a
 * unique key, a check
 * expression, or a foreign key turned into a check on the rows as they are
 * ({@code (0) IS NULL OR ((0)) IN (SELECT r.id FROM public.orgs AS r)}, the value computed outside the subquery so
 * that the referenced table's columns never capture a name of the row).
 */
final class FilledValues {

    private FilledValues() {
    }

    /**
     * {@code named} (the requirement as named when its file starts), checked through the values {@code changes} give
     * the rows, when {@code requirement} (the same, named as the changes name things) needs them.
     */
    static DataRequirement of(DataRequirement requirement, DataRequirement named, List<Change> changes) {
        if (!(requirement instanceof DataRequirement.Unique || requirement instanceof DataRequirement.Check
                || requirement instanceof DataRequirement.References
                || requirement instanceof DataRequirement.Computes)) {
            return named;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> generated = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change instanceof CreateTable created && created.table().name().equals(requirement.relation())) {
                return named;
            }
            if (change instanceof AddColumn add && add.table().equals(requirement.relation())
                    && add.column().identity() == null && add.column().generatedExpression() == null) {
                String value = add.fill() != null ? add.fill() : add.refill() != null ? add.refill()
                        : add.column().defaultExpression();
                values.put(add.column().name(), "(" + (value == null ? "NULL" : value) + ")");
            }
            if (change instanceof AddColumn add && add.table().equals(requirement.relation())
                    && add.column().generatedExpression() != null) {
                generated.put(add.column().name(), add.column().generatedExpression());
            }
            if (change instanceof AlterColumn alter && alter.table().equals(requirement.relation()) && alter.fillsNulls()) {
                values.put(alter.to().name(), "coalesce(" + Identifiers.quote(alter.to().name()) + ", (" + alter.fill()
                        + "))");
            }
        }
        // A generated expression reads only columns that are not generated: those the migration makes are their values.
        Map<String, String> expressions = new LinkedHashMap<>();
        generated.forEach((name, expression) -> expressions.put(name, "(" + substitute(expression, values) + ")"));
        values.putAll(expressions);
        if (values.isEmpty()) {
            return named;
        }
        if (named instanceof DataRequirement.Unique unique) {
            List<String> keys = unique.keys().stream().map(k -> key(k, values)).toList();
            String where = substitute(unique.where(), values);
            return keys.equals(unique.keys()) && java.util.Objects.equals(where, unique.where()) ? named
                    : new DataRequirement.Unique(unique.table(), unique.name(), keys, where);
        }
        if (named instanceof DataRequirement.Check check) {
            String expression = substitute(check.expression(), values);
            return expression.equals(check.expression()) ? named
                    : new DataRequirement.Check(check.table(), check.name(), expression);
        }
        if (named instanceof DataRequirement.Computes computes) {
            String expression = substitute(computes.expression(), values);
            return expression.equals(computes.expression()) ? named
                    : new DataRequirement.Computes(computes.table(), computes.column(), expression);
        }
        DataRequirement.References changed = (DataRequirement.References) requirement;
        DataRequirement.References key = (DataRequirement.References) named;
        if (changed.columns().stream().noneMatch(values::containsKey)) {
            return named;
        }
        List<String> row = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            String value = values.get(changed.columns().get(i));
            row.add(value != null ? value : Identifiers.quote(key.columns().get(i)));
            target.add("r." + Identifiers.quote(key.targetColumns().get(i)));
        }
        String expression = String.join(" OR ", row.stream().map(v -> v + " IS NULL").toList()) + " OR ("
                + String.join(", ", row) + ") IN (SELECT " + String.join(", ", target) + " FROM " + key.target().sql()
                + " AS r)";
        return new DataRequirement.Check(key.table(), key.name(), expression);
    }

    /** A unique key: a column that gets a value becomes that value; an expression has its columns replaced. */
    private static String key(String key, Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (key.equals(Identifiers.quote(value.getKey()))) {
                return "(" + value.getValue() + ")";
            }
        }
        return substitute(key, values);
    }

    private static String substitute(String sql, Map<String, String> values) {
        String out = sql;
        for (Map.Entry<String, String> value : values.entrySet()) {
            out = ColumnReferences.substitute(out, value.getKey(), value.getValue());
        }
        return out;
    }
}
