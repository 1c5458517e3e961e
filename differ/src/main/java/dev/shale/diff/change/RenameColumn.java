package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... RENAME COLUMN}. For an identity column its sequence is renamed along,
 * to the name PostgreSQL would choose.
 */
public record RenameColumn(QualifiedName table, String from, String to, boolean identity) implements Change {
    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public RenameColumn reverse() {
        return new RenameColumn(table, to, from, identity);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
