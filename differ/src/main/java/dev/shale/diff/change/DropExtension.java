package dev.shale.diff.change;

import dev.shale.model.Extension;
import java.util.Objects;

/**
 * {@code DROP EXTENSION}, without {@code CASCADE}: PostgreSQL refuses it while a column, index or default still
 * uses one of the extension's objects, so no user data goes with it.
 */
public record DropExtension(Extension extension) implements Change {
    public DropExtension {
        Objects.requireNonNull(extension, "extension");
    }

    @Override
    public CreateExtension reverse() {
        return new CreateExtension(extension);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
