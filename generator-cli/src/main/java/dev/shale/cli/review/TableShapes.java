package dev.shale.cli.review;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The before/after of every table that differs between two schemas (a migration's snapshot and the one before
 * it): created, dropped, renamed or changed tables, each with its columns (type, null, default, identity,
 * generated) and its keys, indexes and checks, each row marked by how it changed. Pure: it reads two models.
 */
public final class TableShapes {

    private TableShapes() {
    }

    /** The tables that differ between {@code before} and {@code after}, in name order (of the new name). */
    public static List<TableComparison> compare(SchemaModel before, SchemaModel after, Renames renames) {
        List<TableComparison> out = new ArrayList<>();
        TreeSet<QualifiedName> matchedOld = new TreeSet<>();
        for (Table table : after.tables()) {
            Optional<QualifiedName> oldName = renames.oldTable(table.name()).filter(n -> before.table(n).isPresent());
            Optional<Table> old = oldName.isPresent() ? before.table(oldName.get()) : before.table(table.name());
            old.ifPresent(o -> matchedOld.add(o.name()));
            if (old.isPresent() && old.get().equals(table)) {
                continue;
            }
            out.add(compare(old.orElse(null), table, renames));
        }
        for (Table table : before.tables()) {
            if (!matchedOld.contains(table.name())) {
                out.add(compare(table, null, renames));
            }
        }
        return out;
    }

    private static TableComparison compare(Table before, Table after, Renames renames) {
        QualifiedName name = after != null ? after.name() : before.name();
        boolean renamed = before != null && after != null && !before.name().equals(after.name());
        String title = renamed ? Markdown.code(before.name().toString()) + " → " + Markdown.code(after.name().toString())
                : Markdown.code(name.toString());
        String status = before == null ? "created" : after == null ? "dropped" : renamed ? "renamed" : "changed";
        return new TableComparison(title, status, columns(before, after, renames), constraints(before, after));
    }

    private static List<ShapeRow> columns(Table before, Table after, Renames renames) {
        List<ShapeRow> rows = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        if (after != null) {
            for (Column column : after.columns()) {
                Optional<String> oldName = before == null ? Optional.empty()
                        : renames.oldColumn(after.name(), before.name(), column.name())
                                .filter(n -> before.column(n).isPresent());
                Optional<Column> old = before == null ? Optional.empty()
                        : before.column(oldName.orElse(column.name()));
                old.ifPresent(o -> matched.add(o.name()));
                String label = oldName.map(n -> Markdown.code(n) + " → ").orElse("") + Markdown.code(column.name());
                rows.add(ShapeRow.of(label, old.map(TableShapes::column).orElse(null), column(column),
                        oldName.isPresent()));
            }
        }
        if (before != null) {
            for (Column column : before.columns()) {
                if (!matched.contains(column.name())) {
                    rows.add(ShapeRow.of(Markdown.code(column.name()), column(column), null, false));
                }
            }
        }
        return rows;
    }

    /** {@code `bigint` not null, default `0`}. */
    static String column(Column column) {
        StringBuilder out = new StringBuilder(Markdown.code(column.type().sql()));
        out.append(column.nullable() ? " null" : " not null");
        if (column.defaultExpression() != null) {
            out.append(", default ").append(Markdown.code(column.defaultExpression()));
        }
        if (column.identity() != null) {
            out.append(", identity ").append(column.identity().always() ? "always" : "by default");
        }
        if (column.generatedExpression() != null) {
            out.append(", generated ").append(Markdown.code(column.generatedExpression()));
        }
        return out.toString();
    }

    private static List<ShapeRow> constraints(Table before, Table after) {
        Map<String, String> old = constraintShapes(before);
        Map<String, String> now = constraintShapes(after);
        List<ShapeRow> rows = new ArrayList<>();
        now.forEach((label, shape) -> rows.add(ShapeRow.of(label, old.get(label), shape, false)));
        old.forEach((label, shape) -> {
            if (!now.containsKey(label)) {
                rows.add(ShapeRow.of(label, shape, null, false));
            }
        });
        return rows;
    }

    /** Each key, index and check of the table by its label ({@code index `users_email_idx`}), in a fixed order. */
    private static Map<String, String> constraintShapes(Table table) {
        Map<String, String> out = new LinkedHashMap<>();
        if (table == null) {
            return out;
        }
        if (table.primaryKey() != null) {
            out.put("primary key " + Markdown.code(table.primaryKey().name()), columnList(table.primaryKey().columns()));
        }
        for (UniqueConstraint unique : table.uniques()) {
            out.put("unique " + Markdown.code(unique.name()), columnList(unique.columns()));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            out.put("foreign key " + Markdown.code(fk.name()), columnList(fk.columns()) + " → "
                    + Markdown.code(fk.referencedTable().toString()) + " " + columnList(fk.referencedColumns())
                    + ", on delete " + fk.onDelete().sql().toLowerCase(java.util.Locale.ROOT)
                    + ", on update " + fk.onUpdate().sql().toLowerCase(java.util.Locale.ROOT));
        }
        for (CheckConstraint check : table.checks()) {
            out.put("check " + Markdown.code(check.name()), Markdown.code(check.expression()));
        }
        for (Index index : table.indexes()) {
            out.put("index " + Markdown.code(index.name()), index(index));
        }
        for (ExclusionConstraint exclusion : table.exclusions()) {
            out.put("exclusion " + Markdown.code(exclusion.name()), exclusion.method().sql() + " "
                    + Markdown.code("(" + exclusion.elements().stream().map(ExclusionElement::definition)
                            .collect(Collectors.joining(", ")) + ")")
                    + (exclusion.where() == null ? "" : " where " + Markdown.code(exclusion.where())));
        }
        return out;
    }

    private static String index(Index index) {
        String keys = index.keys().stream().map(IndexKey::definition).collect(Collectors.joining(", "));
        return (index.unique() ? "unique, " : "") + index.method().sql().toLowerCase(java.util.Locale.ROOT) + " "
                + Markdown.code("(" + keys + ")")
                + (index.where() == null ? "" : " where " + Markdown.code(index.where()));
    }

    private static String columnList(List<String> columns) {
        return "(" + columns.stream().map(Markdown::code).collect(Collectors.joining(", ")) + ")";
    }
}
