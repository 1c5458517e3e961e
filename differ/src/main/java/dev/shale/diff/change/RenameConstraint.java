package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... RENAME CONSTRAINT} (primary key, unique, check or foreign key). */
public record RenameConstraint(QualifiedName table, String from, String to) implements Change {
    public RenameConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public RenameConstraint reverse() {
        return new RenameConstraint(table, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
