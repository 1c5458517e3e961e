package dev.shale.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} to {@code referencedColumns} of {@code referencedTable}: its actions, its
 * deferrability, and {@code notValid} when existing rows are not checked (PostgreSQL's {@code NOT VALID}).
 */
public record ForeignKey(
        String name,
        List<String> columns,
        QualifiedName referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        Deferrability deferrability,
        boolean notValid) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(deferrability, "deferrability");
    }

    /** A validated foreign key checked after each statement, PostgreSQL's default state. */
    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, Deferrability.NOT_DEFERRABLE,
                false);
    }

    /** A builder of a foreign key called {@code name} to {@code referencedTable}: no columns yet, NO ACTION on both. */
    public static Builder builder(String name, QualifiedName referencedTable) {
        return new Builder(name, referencedTable);
    }

    /** A builder holding every part of this foreign key, to change some of them. */
    public Builder toBuilder() {
        return new Builder(name, referencedTable).columns(columns).referencedColumns(referencedColumns)
                .onDelete(onDelete).onUpdate(onUpdate).deferrability(deferrability).notValid(notValid);
    }

    /** Builds a {@link ForeignKey} part by part; {@link #build()} goes through the record's constructor. */
    public static final class Builder {
        private String name;
        private List<String> columns = List.of();
        private QualifiedName referencedTable;
        private List<String> referencedColumns = List.of();
        private ReferentialAction onDelete = ReferentialAction.NO_ACTION;
        private ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
        private Deferrability deferrability = Deferrability.NOT_DEFERRABLE;
        private boolean notValid;

        private Builder(String name, QualifiedName referencedTable) {
            this.name = name;
            this.referencedTable = referencedTable;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder columns(List<String> columns) {
            this.columns = columns;
            return this;
        }

        public Builder columns(String... columns) {
            return columns(List.of(columns));
        }

        public Builder referencedTable(QualifiedName referencedTable) {
            this.referencedTable = referencedTable;
            return this;
        }

        public Builder referencedColumns(List<String> referencedColumns) {
            this.referencedColumns = referencedColumns;
            return this;
        }

        public Builder referencedColumns(String... referencedColumns) {
            return referencedColumns(List.of(referencedColumns));
        }

        public Builder onDelete(ReferentialAction onDelete) {
            this.onDelete = onDelete;
            return this;
        }

        public Builder onUpdate(ReferentialAction onUpdate) {
            this.onUpdate = onUpdate;
            return this;
        }

        public Builder deferrability(Deferrability deferrability) {
            this.deferrability = deferrability;
            return this;
        }

        public Builder notValid(boolean notValid) {
            this.notValid = notValid;
            return this;
        }

        public ForeignKey build() {
            return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability,
                    notValid);
        }
    }
}
