package dev.shale.diff.change;

import dev.shale.model.Deferrability;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ALTER CONSTRAINT ... [NOT] DEFERRABLE [INITIALLY DEFERRED]} on a foreign key, the only kind
 * of constraint PostgreSQL alters in place (a key or unique constraint is dropped and added back instead).
 * {@code foreignKey} is as it becomes.
 */
public record AlterForeignKeyDeferrability(QualifiedName table, ForeignKey foreignKey, Deferrability from)
        implements Change {
    public AlterForeignKeyDeferrability {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
        Objects.requireNonNull(from, "from");
    }

    /** The deferrability it gets. */
    public Deferrability to() {
        return foreignKey.deferrability();
    }

    @Override
    public AlterForeignKeyDeferrability reverse() {
        return new AlterForeignKeyDeferrability(table, foreignKey.toBuilder().deferrability(from).build(), to());
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
