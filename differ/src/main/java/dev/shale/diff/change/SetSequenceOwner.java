package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import java.util.Objects;

/** {@code ALTER SEQUENCE ... OWNED BY table.column}, or {@code OWNED BY NONE} when {@code to} is null. */
public record SetSequenceOwner(QualifiedName sequence, Sequence.OwnedBy from, Sequence.OwnedBy to) implements Change {
    public SetSequenceOwner {
        Objects.requireNonNull(sequence, "sequence");
        if (Objects.equals(from, to)) {
            throw new IllegalArgumentException("sequence " + sequence + ": owner unchanged");
        }
    }

    @Override
    public SetSequenceOwner reverse() {
        return new SetSequenceOwner(sequence, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
