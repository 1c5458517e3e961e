package dev.shale.diff.change;

import dev.shale.model.Sequence;
import java.util.Objects;

/** {@code DROP SEQUENCE}; an owner it had was taken away first by a {@link SetSequenceOwner}. */
public record DropSequence(Sequence sequence) implements Change {
    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public CreateSequence reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
