package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TYPE ... RENAME VALUE ... TO ...}. */
public record RenameEnumValue(QualifiedName type, String from, String to) implements Change {
    public RenameEnumValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public RenameEnumValue reverse() {
        return new RenameEnumValue(type, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
