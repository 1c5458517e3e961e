package dev.shale.diff.change;

import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY} on an existing table. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {
    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public DropPrimaryKey reverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
