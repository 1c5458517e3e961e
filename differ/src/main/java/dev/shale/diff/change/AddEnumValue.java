package dev.shale.diff.change;

import dev.shale.model.EnumType;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TYPE ... ADD VALUE ... BEFORE/AFTER}, placing {@code value} where {@code to}
 * declares it. Its reverse recreates the type without the value, converting {@code usages}.
 */
public record AddEnumValue(EnumType from, EnumType to, String value, List<EnumUsage> usages) implements Change {
    public AddEnumValue {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(value, "value");
        usages = List.copyOf(usages);
    }

    @Override
    public RecreateEnum reverse() {
        return new RecreateEnum(to, from, usages);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
