package dev.shale.diff.change;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... DROP COLUMN}; {@code column} is kept whole so the reverse can add it back, existing rows
 * getting {@code refill} when not null (see {@link AddColumn}).
 */
public record DropColumn(QualifiedName table, Column column, String refill) implements Change {
    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** A drop whose reverse adds the column back as declared. */
    public DropColumn(QualifiedName table, Column column) {
        this(table, column, null);
    }

    @Override
    public AddColumn reverse() {
        return new AddColumn(table, column, null, refill);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
