package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TYPE ... RENAME TO} and {@code SET SCHEMA}, one step per name in {@link #path()}
 * ({@code via} holds the names between: see {@link NamePath}).
 */
public record RenameEnum(QualifiedName from, QualifiedName to, List<QualifiedName> via) implements Change {
    public RenameEnum {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        via = List.copyOf(via);
        NamePath.of(from, via, to);
    }

    /** Renames inside the old schema first, then moves. */
    public RenameEnum(QualifiedName from, QualifiedName to) {
        this(from, to, NamePath.renameThenMove(from, to));
    }

    /** {@code from}, the names in {@code via}, then {@code to}. */
    public List<QualifiedName> path() {
        return NamePath.of(from, via, to);
    }

    @Override
    public RenameEnum reverse() {
        return new RenameEnum(to, from, NamePath.reversed(via));
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
