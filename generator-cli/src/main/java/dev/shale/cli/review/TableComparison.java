package dev.shale.cli.review;

import java.util.List;

/**
 * The before/after of one table a migration changes: its name (old name too when renamed), what happened to it
 * as a whole, and the rows of its columns and of its keys, indexes and checks, changed ones marked.
 *
 * @param title       the table's name as Markdown, {@code old → new} when renamed
 * @param status      {@code created}, {@code dropped}, {@code renamed} or {@code changed}
 * @param columns     one row per column, in the table's column order (removed ones after)
 * @param constraints one row per primary key, unique constraint, foreign key, check and index
 */
public record TableComparison(String title, String status, List<ShapeRow> columns, List<ShapeRow> constraints) {

    public TableComparison {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
    }

    /** Whether the table has keys, indexes or checks before or after. */
    public boolean hasConstraints() {
        return !constraints.isEmpty();
    }
}
