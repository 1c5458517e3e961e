package dev.shale.diff.change;

import dev.shale.model.ExclusionConstraint;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP CONSTRAINT} of an exclusion constraint. */
public record DropExclusion(QualifiedName table, ExclusionConstraint exclusion) implements Change {
    public DropExclusion {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(exclusion, "exclusion");
    }

    @Override
    public AddExclusion reverse() {
        return new AddExclusion(table, exclusion);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
