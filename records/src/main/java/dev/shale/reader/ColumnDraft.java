package dev.shale.reader;

import dev.shale.model.Column;

/**
 * A column read from one record component: the Java component's name, the column, whether its
 * type could be mapped, and the CHECK expression of its Bean Validation bounds ({@code null} if none).
 */
record ColumnDraft(String component, Column column, boolean typed, String rangeCheck) {

    /** The column's name. */
    String name() {
        return column.name();
    }

    /** The same draft with the column made NOT NULL (a primary key column). */
    ColumnDraft notNull() {
        return new ColumnDraft(component, column.toBuilder().notNull().build(), typed, rangeCheck);
    }
}
