package dev.shale.model;

import java.util.Objects;

/**
 * A column. {@code defaultExpression}, {@code identity}, {@code generatedExpression} and
 * {@code comment} are {@code null} when absent; at most one of the first three is set.
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A plain column: a type and nullability, nothing else. */
    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null);
    }

    /**
     * Whether the column gives the rows of its table a value itself when it is added: a default, an identity or a
     * generation.
     */
    public boolean fillsRows() {
        return defaultExpression != null || identity != null || generatedExpression != null;
    }

    /** This column under another name. */
    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment);
    }
}
