package dev.shale.diff.change;

import dev.shale.model.Sequence;
import java.util.Objects;

/** {@code CREATE SEQUENCE} with its options; its owner, if any, is a {@link SetSequenceOwner} of its own. */
public record CreateSequence(Sequence sequence) implements Change {
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public DropSequence reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
