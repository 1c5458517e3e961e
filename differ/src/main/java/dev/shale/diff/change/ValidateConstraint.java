package dev.shale.diff.change;

import dev.shale.model.CheckConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... VALIDATE CONSTRAINT}: a check or foreign key declared {@code NOT VALID} before is now
 * declared valid, so the rows already in the table are checked. Exactly one of {@code check} and
 * {@code foreignKey} is set, as it becomes (valid); a foreign key with the deferrability it has before any
 * {@link AlterForeignKeyDeferrability} of the same migration.
 */
public record ValidateConstraint(QualifiedName table, CheckConstraint check, ForeignKey foreignKey) implements Change {
    public ValidateConstraint {
        Objects.requireNonNull(table, "table");
        if ((check == null) == (foreignKey == null)) {
            throw new IllegalArgumentException("exactly one of check and foreignKey");
        }
    }

    /** The constraint's name. */
    public String name() {
        return check != null ? check.name() : foreignKey.name();
    }

    @Override
    public InvalidateConstraint reverse() {
        return new InvalidateConstraint(table, check == null ? null : check.withNotValid(true),
                foreignKey == null ? null : foreignKey.toBuilder().notValid(true).build());
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
