package dev.shale.model;

import java.util.List;
import java.util.Optional;

/**
 * Backfills declared with {@code @Backfill}: the value existing rows get when a column becomes NOT NULL. Like
 * {@link RenameHints}, a hint for the differ, not part of the compared model: once a snapshot has the column
 * NOT NULL, its backfill has nothing left to fill.
 */
public record Backfills(List<Backfill> columns) {

    /** No backfills. */
    public static final Backfills NONE = new Backfills(List.of());

    public Backfills {
        columns = List.copyOf(columns);
    }

    /** The backfill of column {@code column} of {@code table} (their current names), if one is declared. */
    public Optional<Backfill> of(QualifiedName table, String column) {
        return columns.stream().filter(b -> b.table().equals(table) && b.column().equals(column)).findFirst();
    }

    /** Column {@code column} of {@code table} (current names) fills its existing rows with {@code expression}. */
    public record Backfill(QualifiedName table, String column, String expression, String declaredAt) {
    }
}
