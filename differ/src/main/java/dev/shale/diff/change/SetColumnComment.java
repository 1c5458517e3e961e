package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code COMMENT ON COLUMN}; a {@code null} comment removes it. */
public record SetColumnComment(QualifiedName table, String column, String from, String to) implements Change {
    public SetColumnComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public SetColumnComment reverse() {
        return new SetColumnComment(table, column, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
