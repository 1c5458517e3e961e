package dev.shale.diff.change;

import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}. On a table that already held rows
 * ({@code newTable} false) it is added {@code NOT VALID} and then validated.
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean newTable) implements Change {
    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public DropForeignKey reverse() {
        return new DropForeignKey(table, foreignKey, newTable);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
