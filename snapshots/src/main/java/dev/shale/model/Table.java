package dev.shale.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: columns in declared order, its constraints and indexes (each sorted by name) and an
 * optional comment. Other tables are referred to by {@link QualifiedName}, never by reference.
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniques,
        List<CheckConstraint> checks,
        List<ForeignKey> foreignKeys,
        List<Index> indexes,
        String comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = uniques.stream().sorted(Comparator.comparing(UniqueConstraint::name)).toList();
        checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::name)).toList();
        foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList();
        indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    }

    /** The column with this name, if any. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** This table under another name, everything else the same. */
    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
    }
}
