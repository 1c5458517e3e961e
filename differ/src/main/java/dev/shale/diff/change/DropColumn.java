package dev.shale.diff.change;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP COLUMN}; {@code column} is kept whole so the reverse can add it back. */
public record DropColumn(QualifiedName table, Column column) implements Change {
    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public AddColumn reverse() {
        return new AddColumn(table, column);
    }
}
