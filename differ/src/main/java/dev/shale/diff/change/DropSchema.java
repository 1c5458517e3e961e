package dev.shale.diff.change;

import java.util.Objects;

/** {@code DROP SCHEMA} of an empty schema. */
public record DropSchema(String name) implements Change {
    public DropSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public CreateSchema reverse() {
        return new CreateSchema(name);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
