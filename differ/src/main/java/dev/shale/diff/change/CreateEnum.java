package dev.shale.diff.change;

import dev.shale.model.EnumType;
import java.util.Objects;

/** {@code CREATE TYPE ... AS ENUM}, with its comment. */
public record CreateEnum(EnumType type) implements Change {
    public CreateEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public DropEnum reverse() {
        return new DropEnum(type);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
