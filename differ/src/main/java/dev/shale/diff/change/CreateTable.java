package dev.shale.diff.change;

import dev.shale.model.Table;
import java.util.Objects;

/**
 * {@code CREATE TABLE} with its columns, primary key, unique and check constraints, then its
 * indexes and comments. Foreign keys are separate {@link AddForeignKey} changes, so that tables
 * referring to each other can be created.
 */
public record CreateTable(Table table) implements Change {
    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public DropTable reverse() {
        return new DropTable(table);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
