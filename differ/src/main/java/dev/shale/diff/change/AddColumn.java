package dev.shale.diff.change;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD COLUMN}, with its default, identity or generation and comment. {@code refill}, when
 * not null, is the value existing rows get when a dropped NOT NULL column without default is added back (the
 * down of a {@link DropColumn}): the column is added with it as default, which is then dropped.
 */
public record AddColumn(QualifiedName table, Column column, String refill) implements Change {
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** A column added as declared, rows getting its default (or NULL). */
    public AddColumn(QualifiedName table, Column column) {
        this(table, column, null);
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column, refill);
    }
}
