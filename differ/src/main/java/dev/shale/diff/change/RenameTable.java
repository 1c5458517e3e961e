package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... RENAME TO} and {@code SET SCHEMA}, one step per name in {@link #path()}
 * ({@code via} holds the names between: see {@link NamePath}). The sequences of
 * {@code identityColumns} are renamed along with each rename, to the names PostgreSQL would choose. The sequences
 * the table owns ({@code ownedSequences}: names of {@code serial} sequences, in the table's schema) keep their names
 * and move along when the table moves to another schema, as {@code SET SCHEMA} moves them.
 */
public record RenameTable(QualifiedName from, QualifiedName to, List<String> identityColumns, List<QualifiedName> via,
                          List<String> ownedSequences) implements Change {
    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        identityColumns = List.copyOf(identityColumns);
        via = List.copyOf(via);
        ownedSequences = List.copyOf(ownedSequences);
        NamePath.of(from, via, to);
    }

    /** A rename of a table that owns no sequence. */
    public RenameTable(QualifiedName from, QualifiedName to, List<String> identityColumns, List<QualifiedName> via) {
        this(from, to, identityColumns, via, List.of());
    }

    /** Renames inside the old schema first, then moves. */
    public RenameTable(QualifiedName from, QualifiedName to, List<String> identityColumns) {
        this(from, to, identityColumns, NamePath.renameThenMove(from, to));
    }

    /** {@code from}, the names in {@code via}, then {@code to}. */
    public List<QualifiedName> path() {
        return NamePath.of(from, via, to);
    }

    @Override
    public RenameTable reverse() {
        return new RenameTable(to, from, identityColumns, NamePath.reversed(via), ownedSequences);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
