package dev.shale.model;

import java.util.List;
import java.util.Objects;

/** A foreign key from {@code columns} to {@code referencedColumns} of {@code referencedTable}. */
public record ForeignKey(
        String name,
        List<String> columns,
        QualifiedName referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }
}
