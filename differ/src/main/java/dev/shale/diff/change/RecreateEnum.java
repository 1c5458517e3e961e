package dev.shale.diff.change;

import dev.shale.model.EnumType;
import java.util.List;
import java.util.Objects;

/**
 * Removes or reorders enum labels by a type swap: rename the old type away, create the new one,
 * convert every column in {@code usages} through text (setting its default after the swap), drop
 * the old type. Same name in both.
 */
public record RecreateEnum(EnumType from, EnumType to, List<EnumUsage> usages) implements Change {
    public RecreateEnum {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        usages = List.copyOf(usages);
    }

    @Override
    public RecreateEnum reverse() {
        return new RecreateEnum(to, from, usages.stream().map(EnumUsage::reverse).toList());
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
