package dev.shale.diff.change;

import dev.shale.model.CheckConstraint;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP CONSTRAINT} of a check constraint. */
public record DropCheck(QualifiedName table, CheckConstraint check) implements Change {
    public DropCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public AddCheck reverse() {
        return new AddCheck(table, check);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
