package dev.shale.diff.change;

import dev.shale.model.Sequence;
import java.util.Objects;

/**
 * {@code ALTER SEQUENCE} of the options that differ between {@code from} and {@code to} (data type, start,
 * increment, bounds, cache, cycle); never {@code RESTART}, so the sequence's current value stays. The owner is a
 * {@link SetSequenceOwner} of its own.
 */
public record AlterSequence(Sequence from, Sequence to) implements Change {
    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("an altered sequence keeps its name: " + from.name() + " vs " + to.name());
        }
    }

    @Override
    public AlterSequence reverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
