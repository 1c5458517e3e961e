package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import dev.shale.model.UniqueConstraint;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP CONSTRAINT} of a unique constraint. */
public record DropUnique(QualifiedName table, UniqueConstraint unique) implements Change {
    public DropUnique {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public AddUnique reverse() {
        return new AddUnique(table, unique);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
