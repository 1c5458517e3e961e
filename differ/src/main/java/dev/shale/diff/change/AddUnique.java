package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import dev.shale.model.UniqueConstraint;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... UNIQUE} on an existing table. */
public record AddUnique(QualifiedName table, UniqueConstraint unique) implements Change {
    public AddUnique {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public DropUnique reverse() {
        return new DropUnique(table, unique);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
