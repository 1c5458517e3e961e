package dev.shale.diff.change;

import dev.shale.model.Extension;
import java.util.Objects;

/** {@code CREATE EXTENSION}: the extension, its objects in its schema, at its version or the server's default. */
public record CreateExtension(Extension extension) implements Change {
    public CreateExtension {
        Objects.requireNonNull(extension, "extension");
    }

    @Override
    public DropExtension reverse() {
        return new DropExtension(extension);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
