package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TYPE ... RENAME TO} (and {@code SET SCHEMA} when the schema differs). */
public record RenameEnum(QualifiedName from, QualifiedName to) implements Change {
    public RenameEnum {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public RenameEnum reverse() {
        return new RenameEnum(to, from);
    }
}
