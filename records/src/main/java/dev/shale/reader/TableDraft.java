package dev.shale.reader;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.DefaultOpclasses;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * A table read from one record, its foreign keys not yet resolved against the other tables, with
 * every name it declares. {@code primaryKey} is {@code null} when the record declares none.
 */
record TableDraft(Class<?> type, QualifiedName name, List<ColumnDraft> columns, PrimaryKey primaryKey,
                  List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<ForeignKeyDraft> foreignKeys,
                  List<Index> indexes, String comment, boolean unlogged, ReplicaIdentity replicaIdentity,
                  List<ExclusionConstraint> exclusions, List<DeclaredName> names) {

    TableDraft {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        exclusions = List.copyOf(exclusions);
        names = List.copyOf(names);
    }

    /** The column with this name, if any. */
    Optional<ColumnDraft> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The column names, in order. */
    List<String> columnNames() {
        return columns.stream().map(ColumnDraft::name).toList();
    }

    /**
     * The model table, with its resolved foreign keys; an index key naming its type's default operator class or its
     * column's collation is the plain key, as PostgreSQL (and so introspection) has it.
     */
    Table toTable(List<ForeignKey> resolved) {
        List<Column> modelColumns = columns.stream().map(ColumnDraft::column).toList();
        return new Table(name, modelColumns, primaryKey, uniques, checks, resolved,
                indexes.stream().map(i -> DefaultOpclasses.withoutDefaults(i, modelColumns)).toList(), comment,
                unlogged, replicaIdentity, exclusions);
    }
}
