package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER INDEX ... RENAME TO}; {@code table} gives the schema. */
public record RenameIndex(QualifiedName table, String from, String to) implements Change {
    public RenameIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public RenameIndex reverse() {
        return new RenameIndex(table, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
