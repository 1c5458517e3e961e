package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code COMMENT ON TABLE}; a {@code null} comment removes it. */
public record SetTableComment(QualifiedName table, String from, String to) implements Change {
    public SetTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public SetTableComment reverse() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
