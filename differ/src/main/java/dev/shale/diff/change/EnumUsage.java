package dev.shale.diff.change;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * A column whose type is (an array of) an enum, as it stands when the enum is recreated, and the
 * default it gets back once converted ({@code null}: none). The default changes in the swap when
 * the old one names a label the new type lacks, or when the target model changes it anyway.
 */
public record EnumUsage(QualifiedName table, Column column, String newDefault) {
    public EnumUsage {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** A usage whose default stays as it is. */
    public EnumUsage(QualifiedName table, Column column) {
        this(table, column, column.defaultExpression());
    }

    /** The column with its default after the swap. */
    public Column converted() {
        return new Column(column.name(), column.type(), column.nullable(), newDefault, column.identity(),
                column.generatedExpression(), column.comment(), column.collation());
    }

    /** The same usage seen from the other side of the swap. */
    public EnumUsage reverse() {
        return new EnumUsage(table, converted(), column.defaultExpression());
    }
}
