package dev.shale.diff.change;

import dev.shale.model.CheckConstraint;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... CHECK ... NOT VALID}, then {@code VALIDATE}, on an existing table. */
public record AddCheck(QualifiedName table, CheckConstraint check) implements Change {
    public AddCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public DropCheck reverse() {
        return new DropCheck(table, check);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
