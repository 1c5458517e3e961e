package dev.shale.diff.change;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD COLUMN}, with its default, identity or generation and comment. A NOT NULL column
 * with a {@code fill} (a SQL expression per row, {@code null} when none) is added NULL-able, its existing rows
 * filled, then set NOT NULL. {@code refill}, when not null, is the value existing rows get when a dropped NOT NULL
 * column without default is added back (the down of a {@link DropColumn}): the column is added with it as default,
 * which is then dropped.
 */
public record AddColumn(QualifiedName table, Column column, String fill, String refill) implements Change {
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (fill != null && (column.nullable() || column.identity() != null || column.generatedExpression() != null)) {
            throw new IllegalArgumentException("column " + table + "." + column.name()
                    + " is NULL-able, an identity or generated: it takes no fill");
        }
        if (fill != null && refill != null) {
            throw new IllegalArgumentException("column " + table + "." + column.name()
                    + " cannot be both filled and refilled");
        }
    }

    /**
     * Whether existing rows get no value for this NOT NULL column: no default, identity, generation, fill or refill
     * (the ADD then fails on a table with rows).
     */
    public boolean givesRowsNoValue() {
        return !column.nullable() && !column.fillsRows() && fill == null && refill == null;
    }

    /** A column added as declared, rows getting its default (or NULL). */
    public AddColumn(QualifiedName table, Column column) {
        this(table, column, null, null);
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column, refill);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
