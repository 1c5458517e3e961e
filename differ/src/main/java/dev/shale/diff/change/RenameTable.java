package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE ... RENAME TO} (and {@code SET SCHEMA} when the schema differs). The
 * sequences of {@code identityColumns} are renamed along, to the names PostgreSQL would choose.
 */
public record RenameTable(QualifiedName from, QualifiedName to, List<String> identityColumns) implements Change {
    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        identityColumns = List.copyOf(identityColumns);
    }

    @Override
    public RenameTable reverse() {
        return new RenameTable(to, from, identityColumns);
    }
}
