package dev.shale.diff.change;

import dev.shale.model.Table;
import java.util.Objects;

/**
 * {@code DROP TABLE}. The table's own foreign keys are dropped before by {@link DropForeignKey}
 * changes; {@code table} is kept whole so the reverse can recreate it.
 */
public record DropTable(Table table) implements Change {
    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public CreateTable reverse() {
        return new CreateTable(table);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
