package dev.shale.diff;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pre-flight check of a key, check or foreign key on a column whose values the same migration makes for the rows
 * that exist: a column it adds to an existing table (every row gets its default, backfill or refill) or whose NULLs
 * it fills, and a generated column it adds to an existing table (every row gets its expression, computed from the
 * row's other columns, themselves written as their values when the migration makes them). Before the migration
 * those values are not there to look at, so the requirement is checked through them:
 * the column written as its value ({@code (0)}, {@code coalesce(opens_at, (1))}, {@code ((price * 2))}) in a
 * unique key, a check
 * expression, or a foreign key turned into a check on the rows as they are
 * ({@code (0) IS NULL OR ((0)) IN (SELECT r.id FROM public.orgs AS r WHERE r.id IS NOT NULL)}, the value computed
 * outside the subquery so that the referenced table's columns never capture a name of the row). The referenced
 * side gets the same treatment: a referenced column the migration adds (a self-reference, or a key to another table
 * that gains the column) is its value, computed inside the subquery from the referenced row. A referenced value of an
 * enum type the migration itself creates is compared as text (an enum compares by its labels): the check runs before
 * the migration, where that type, and maybe its schema, do not exist yet.
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
        Optional<Map<String, String>> own = values(named.relation(), requirement.relation(), changes, false,
                new HashSet<>());
        if (own.isEmpty()) {
            return named;
        }
        Map<String, String> values = own.get();
        Map<String, String> targetValues = Map.of();
        Set<String> asText = new HashSet<>();
        if (named instanceof DataRequirement.References key) {
            DataRequirement.References changed = (DataRequirement.References) requirement;
            targetValues = values(key.target(), changed.target(), changes, true, asText).orElse(Map.of());
        }
        if (values.isEmpty() && targetValues.isEmpty()) {
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
        DataRequirement.References key = (DataRequirement.References) named;
        if (key.columns().stream().noneMatch(values::containsKey)
                && key.targetColumns().stream().noneMatch(targetValues::containsKey)) {
            return named;
        }
        List<String> row = new ArrayList<>();
        List<String> compared = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            String value = values.get(key.columns().get(i));
            String rowValue = value != null ? value : Identifiers.quote(key.columns().get(i));
            row.add(rowValue);
            compared.add(asText.contains(key.targetColumns().get(i)) ? "CAST(" + rowValue + " AS text)"
                    : rowValue);
            String targetValue = targetValues.get(key.targetColumns().get(i));
            target.add(targetValue != null ? targetValue : "r." + Identifiers.quote(key.targetColumns().get(i)));
        }
        // a referenced row with a NULL matches nothing (and would make IN unknown rather than false)
        String expression = String.join(" OR ", row.stream().map(v -> v + " IS NULL").toList()) + " OR ("
                + String.join(", ", compared) + ") IN (SELECT " + String.join(", ", target) + " FROM "
                + key.target().sql() + " AS r WHERE "
                + String.join(" AND ", target.stream().map(v -> v + " IS NOT NULL").toList()) + ")";
        return new DataRequirement.Check(key.table(), key.name(), expression);
    }

    /**
     * The values {@code changes} give the rows of the table named {@code atStart} as the file starts and
     * {@code atChange} as the requirement's change names it, by column (named as the column's change names it); empty
     * when the migration creates that table (it has no rows). A change's table is matched by its name as the file
     * starts, undoing the renames and moves before it, so that a table renamed or moved between the change that gives
     * a column its values and the requirement is still found. {@code typed} writes each value as its column's type
     * (the referenced side of a foreign key, compared outside the subquery that computes it, where an untyped NULL
     * would be text), or as text when its type is an enum the migration creates (added to {@code asText}).
     */
    private static Optional<Map<String, String>> values(QualifiedName atStart, QualifiedName atChange,
            List<Change> changes, boolean typed, Set<String> asText) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> generated = new LinkedHashMap<>();
        Map<String, ColumnType> types = new HashMap<>();
        Map<QualifiedName, QualifiedName> startNames = new HashMap<>();
        Set<QualifiedName> newEnums = new HashSet<>();
        Set<String> newSchemas = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof CreateEnum created) {
                newEnums.add(created.type().name());
            }
            if (change instanceof CreateSchema created) {
                newSchemas.add(created.name());
            }
            if (change instanceof CreateTable created && created.table().name().equals(atChange)) {
                return Optional.empty();
            }
            if (change instanceof RenameTable rename) {
                startNames.put(rename.to(), startNames.getOrDefault(rename.from(), rename.from()));
                continue;
            }
            if (change instanceof AddColumn add && startNames.getOrDefault(add.table(), add.table()).equals(atStart)) {
                Column column = add.column();
                types.put(column.name(), column.type());
                if (column.generatedExpression() != null) {
                    generated.put(column.name(), column.generatedExpression());
                } else if (column.identity() == null) {
                    String value = add.fill() != null ? add.fill() : add.refill() != null ? add.refill()
                            : column.defaultExpression();
                    values.put(column.name(), "(" + (value == null ? "NULL" : value) + ")");
                }
            }
            if (change instanceof AlterColumn alter && startNames.getOrDefault(alter.table(), alter.table())
                    .equals(atStart) && (alter.fillsNulls() || alter.aspects().contains(ColumnAspect.TYPE))) {
                // a column whose type changes is read as the migration converts it, not with its old type
                String column = Identifiers.quote(alter.to().name());
                String value = alter.aspects().contains(ColumnAspect.TYPE) ? "(" + new DataRequirement.Cast(
                        alter.table(), alter.to().name(), alter.from().type().sql(), alter.to().type().sql())
                        .forward(column) + ")" : column;
                values.put(alter.to().name(), alter.fillsNulls() ? "coalesce(" + value + ", (" + alter.fill() + "))"
                        : value);
                types.put(alter.to().name(), alter.to().type());
            }
        }
        // A generated expression reads only columns that are not generated: those the migration makes are their values.
        Map<String, String> expressions = new LinkedHashMap<>();
        generated.forEach((name, expression) -> expressions.put(name, "(" + substitute(expression, values) + ")"));
        values.putAll(expressions);
        if (typed) {
            values.replaceAll((name, value) -> {
                ColumnType type = types.get(name);
                boolean created = type.isUserType() && (newEnums.contains(type.userTypeName())
                        || newSchemas.contains(type.schema()));
                if (created) {
                    asText.add(name);
                }
                return "CAST(" + value + " AS " + (created ? "text" : type.sql()) + ")";
            });
        }
        return Optional.of(values);
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
