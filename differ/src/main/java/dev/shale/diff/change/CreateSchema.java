package dev.shale.diff.change;

import java.util.Objects;

/** {@code CREATE SCHEMA}. */
public record CreateSchema(String name) implements Change {
    public CreateSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public DropSchema reverse() {
        return new DropSchema(name);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
