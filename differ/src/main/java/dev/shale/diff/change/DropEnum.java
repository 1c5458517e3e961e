package dev.shale.diff.change;

import dev.shale.model.EnumType;
import java.util.Objects;

/** {@code DROP TYPE} of an enum no column uses any more. */
public record DropEnum(EnumType type) implements Change {
    public DropEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public CreateEnum reverse() {
        return new CreateEnum(type);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
