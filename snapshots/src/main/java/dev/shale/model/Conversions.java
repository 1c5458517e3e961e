package dev.shale.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Type conversions declared with {@code @Using}: how a column's values convert when its type changes in a way no
 * cast can do. Like {@link Backfills}, a hint for the differ, not part of the compared model.
 */
public record Conversions(List<Conversion> columns) {

    /** No conversions. */
    public static final Conversions NONE = new Conversions(List.of());

    public Conversions {
        columns = List.copyOf(columns);
    }

    /** The conversion of column {@code column} of {@code table} (their current names), if one is declared. */
    public Optional<Conversion> of(QualifiedName table, String column) {
        return columns.stream().filter(c -> c.table().equals(table) && c.column().equals(column)).findFirst();
    }

    /**
     * Column {@code column} of {@code table} (current names) converts with {@code using}, and back in the down
     * migration with {@code down} ({@code null} when a cast back is meant).
     */
    public record Conversion(QualifiedName table, String column, String using, String down, String declaredAt) {
        public Conversion {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(using, "using");
        }
    }
}
