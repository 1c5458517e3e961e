package dev.shale.diff.change;

import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code DROP INDEX}; {@code index} is kept whole so the reverse can recreate it. */
public record DropIndex(QualifiedName table, Index index) implements Change {
    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public CreateIndex reverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
