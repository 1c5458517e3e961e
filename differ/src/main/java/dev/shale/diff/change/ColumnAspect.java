package dev.shale.diff.change;

/** What an {@link AlterColumn} changes. */
public enum ColumnAspect {
    /** The type, converted with {@code USING column::type}. */
    TYPE,
    /** {@code SET NOT NULL} or {@code DROP NOT NULL}. */
    NULLABILITY,
    /** {@code SET DEFAULT} or {@code DROP DEFAULT}. */
    DEFAULT,
    /** Adding, dropping or changing the options of an identity. */
    IDENTITY,
    /**
     * The collation, set with {@code TYPE <type> COLLATE <collation>} (the same type when only the collation
     * changes); PostgreSQL keeps the rows and rebuilds the indexes on the column.
     */
    COLLATION
}
