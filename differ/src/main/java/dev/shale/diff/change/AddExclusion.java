package dev.shale.diff.change;

import dev.shale.model.ExclusionConstraint;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... EXCLUDE} on an existing table. */
public record AddExclusion(QualifiedName table, ExclusionConstraint exclusion) implements Change {
    public AddExclusion {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(exclusion, "exclusion");
    }

    @Override
    public DropExclusion reverse() {
        return new DropExclusion(table, exclusion);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
