package dev.shale.cli.report.html;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.ReferentialAction;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.List;

/** One table's section of the report: its columns and every constraint and index, as text the template shows. */
public record TableView(String anchor, String name, String comment, List<ColumnRow> columns, String primaryKey,
                        List<Named> uniques, List<Reference> foreignKeys, List<Named> indexes, List<Named> checks,
                        List<Reference> referencedBy) {

    /** A column: name, type, nullability, default (or identity, or generated expression), key markers, comment. */
    public record ColumnRow(String name, String type, boolean nullable, String defaultText, String keys, String comment) {
    }

    /** A constraint or index: its name and what it says. */
    public record Named(String name, String text) {
    }

    /** A foreign key: its name, columns, the other table (with its section's id, when drawn) and the actions. */
    public record Reference(String name, String columns, String table, String anchor, String targetColumns,
                            String actions) {
    }

    /** The view of {@code table}, whose incoming keys are {@code referencedBy}. */
    public static TableView of(Table table, Anchors anchors, List<Reference> referencedBy) {
        List<ColumnRow> columns = table.columns().stream().map(c -> new ColumnRow(c.name(), c.type().sql(),
                c.nullable(), defaultText(c), Keys.markers(table, c.name()), c.comment())).toList();
        String primaryKey = table.primaryKey() == null ? null
                : String.join(", ", table.primaryKey().columns()) + "  (" + table.primaryKey().name() + ")";
        List<Named> uniques = table.uniques().stream()
                .map((UniqueConstraint u) -> new Named(u.name(), String.join(", ", u.columns()))).toList();
        List<Reference> keys = table.foreignKeys().stream().map(fk -> reference(fk, anchors)).toList();
        List<Named> indexes = table.indexes().stream().map(i -> new Named(i.name(), index(i))).toList();
        List<Named> checks = table.checks().stream()
                .map((CheckConstraint c) -> new Named(c.name(), c.expression())).toList();
        return new TableView(anchors.of(table.name()), Anchors.label(table.name()), table.comment(), columns,
                primaryKey, uniques, keys, indexes, checks, List.copyOf(referencedBy));
    }

    /** {@code fk} seen from the table that declares it. */
    public static Reference reference(ForeignKey fk, Anchors anchors) {
        return new Reference(fk.name(), String.join(", ", fk.columns()), Anchors.label(fk.referencedTable()),
                anchors.of(fk.referencedTable()), String.join(", ", fk.referencedColumns()), actions(fk));
    }

    private static String defaultText(Column column) {
        if (column.identity() != null) {
            return "identity (" + (column.identity().always() ? "always" : "by default") + ")";
        }
        if (column.generatedExpression() != null) {
            return "generated: " + column.generatedExpression();
        }
        return column.defaultExpression();
    }

    private static String actions(ForeignKey fk) {
        StringBuilder text = new StringBuilder();
        if (fk.onDelete() != null && fk.onDelete() != ReferentialAction.NO_ACTION) {
            text.append("on delete ").append(fk.onDelete().sql().toLowerCase(java.util.Locale.ROOT));
        }
        if (fk.onUpdate() != null && fk.onUpdate() != ReferentialAction.NO_ACTION) {
            text.append(text.isEmpty() ? "" : ", ").append("on update ")
                    .append(fk.onUpdate().sql().toLowerCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }

    private static String index(Index index) {
        String keys = String.join(", ", index.keys().stream().map(IndexKey::definition).toList());
        return (index.unique() ? "unique " : "") + index.method().sql() + " (" + keys + ")"
                + (index.where() == null ? "" : " where " + index.where());
    }
}
