package dev.shale.diff.change;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD COLUMN}, with its default, identity or generation and comment. */
public record AddColumn(QualifiedName table, Column column) implements Change {
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column);
    }
}
