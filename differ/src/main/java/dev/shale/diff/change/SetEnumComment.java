package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code COMMENT ON TYPE}; a {@code null} comment removes it. */
public record SetEnumComment(QualifiedName type, String from, String to) implements Change {
    public SetEnumComment {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public SetEnumComment reverse() {
        return new SetEnumComment(type, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
