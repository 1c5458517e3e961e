package dev.shale.diff.change;

import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... DROP CONSTRAINT} of the primary key. */
public record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {
    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public AddPrimaryKey reverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
