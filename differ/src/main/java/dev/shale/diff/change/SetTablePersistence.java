package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... SET UNLOGGED} ({@code unlogged}) or {@code SET LOGGED}: PostgreSQL rewrites the table under
 * an ACCESS EXCLUSIVE lock. {@code references} are the other tables its foreign keys refer to, in the model it
 * comes from when it becomes unlogged and in the model it goes to when it becomes logged: a logged table may only
 * refer to logged ones, which orders the changes.
 */
public record SetTablePersistence(QualifiedName table, boolean unlogged, List<QualifiedName> references)
        implements Change {
    public SetTablePersistence {
        Objects.requireNonNull(table, "table");
        references = List.copyOf(references);
    }

    @Override
    public SetTablePersistence reverse() {
        return new SetTablePersistence(table, !unlogged, references);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
