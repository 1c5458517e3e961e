package dev.shale.diff.change;

import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP CONSTRAINT} of a foreign key; {@code newTable} carries over to the reverse. */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey, boolean newTable) implements Change {
    public DropForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public AddForeignKey reverse() {
        return new AddForeignKey(table, foreignKey, newTable);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
