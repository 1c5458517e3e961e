package dev.shale.diff.change;

import dev.shale.model.CheckConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * A valid check or foreign key becomes {@code NOT VALID}: PostgreSQL cannot mark a constraint not valid, so it is
 * dropped and added back {@code NOT VALID} (existing rows are not checked again). Exactly one of {@code check} and
 * {@code foreignKey} is set, as it becomes (not valid); a foreign key with the deferrability it has before any
 * {@link AlterForeignKeyDeferrability} of the same migration, which runs after it.
 */
public record InvalidateConstraint(QualifiedName table, CheckConstraint check, ForeignKey foreignKey)
        implements Change {
    public InvalidateConstraint {
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
    public ValidateConstraint reverse() {
        return new ValidateConstraint(table, check == null ? null : check.withNotValid(false),
                foreignKey == null ? null : foreignKey.toBuilder().notValid(false).build());
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
