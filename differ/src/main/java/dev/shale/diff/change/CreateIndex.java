package dev.shale.diff.change;

import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code CREATE [UNIQUE] INDEX} on an existing table. */
public record CreateIndex(QualifiedName table, Index index) implements Change {
    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public DropIndex reverse() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
