package dev.shale.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: columns in declared order, its constraints and indexes (each sorted by name), an
 * optional comment, whether it is {@code UNLOGGED}, its replica identity and its exclusion constraints. Other tables are referred to by
 * {@link QualifiedName}, never by reference.
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniques,
        List<CheckConstraint> checks,
        List<ForeignKey> foreignKeys,
        List<Index> indexes,
        String comment,
        boolean unlogged,
        ReplicaIdentity replicaIdentity,
        List<ExclusionConstraint> exclusions) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = uniques.stream().sorted(Comparator.comparing(UniqueConstraint::name)).toList();
        checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::name)).toList();
        foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList();
        indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
        Objects.requireNonNull(replicaIdentity, "replicaIdentity");
        exclusions = exclusions.stream().sorted(Comparator.comparing(ExclusionConstraint::name)).toList();
    }

    /** A logged table with the default replica identity, PostgreSQL's defaults. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes, String comment) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, false,
                ReplicaIdentity.DEFAULT, List.of());
    }

    /** The column with this name, if any. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** This table under another name, everything else the same. */
    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, unlogged,
                replicaIdentity, exclusions);
    }

    /** A builder of a table called {@code name}: no columns, no key, no constraints, no indexes, no comment. */
    public static Builder builder(QualifiedName name) {
        return new Builder(name);
    }

    /** A builder holding every part of this table, to change some of them. */
    public Builder toBuilder() {
        return new Builder(name).columns(columns).primaryKey(primaryKey).uniques(uniques).checks(checks)
                .foreignKeys(foreignKeys).indexes(indexes).comment(comment).unlogged(unlogged)
                .replicaIdentity(replicaIdentity).exclusions(exclusions);
    }

    /**
     * Builds a {@link Table} part by part: a plural method replaces a list, a singular one adds to it.
     * {@link #build()} goes through the record's constructor, which sorts constraints and indexes by name.
     */
    public static final class Builder {
        private QualifiedName name;
        private final List<Column> columns = new java.util.ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new java.util.ArrayList<>();
        private final List<CheckConstraint> checks = new java.util.ArrayList<>();
        private final List<ForeignKey> foreignKeys = new java.util.ArrayList<>();
        private final List<Index> indexes = new java.util.ArrayList<>();
        private String comment;
        private boolean unlogged;
        private ReplicaIdentity replicaIdentity = ReplicaIdentity.DEFAULT;
        private final List<ExclusionConstraint> exclusions = new java.util.ArrayList<>();

        private Builder(QualifiedName name) {
            this.name = name;
        }

        public Builder name(QualifiedName name) {
            this.name = name;
            return this;
        }

        public Builder columns(List<Column> columns) {
            return replace(this.columns, columns);
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder column(Column.Builder column) {
            return column(column.build());
        }

        /** The primary key; {@code null} for none. */
        public Builder primaryKey(PrimaryKey primaryKey) {
            this.primaryKey = primaryKey;
            return this;
        }

        public Builder primaryKey(String constraintName, String... keyColumns) {
            return primaryKey(new PrimaryKey(constraintName, List.of(keyColumns)));
        }

        public Builder uniques(List<UniqueConstraint> uniques) {
            return replace(this.uniques, uniques);
        }

        public Builder unique(UniqueConstraint unique) {
            uniques.add(unique);
            return this;
        }

        public Builder unique(String constraintName, String... uniqueColumns) {
            return unique(new UniqueConstraint(constraintName, List.of(uniqueColumns)));
        }

        public Builder checks(List<CheckConstraint> checks) {
            return replace(this.checks, checks);
        }

        public Builder check(CheckConstraint check) {
            checks.add(check);
            return this;
        }

        public Builder check(String constraintName, String expression) {
            return check(new CheckConstraint(constraintName, expression));
        }

        public Builder foreignKeys(List<ForeignKey> foreignKeys) {
            return replace(this.foreignKeys, foreignKeys);
        }

        public Builder foreignKey(ForeignKey foreignKey) {
            foreignKeys.add(foreignKey);
            return this;
        }

        public Builder foreignKey(ForeignKey.Builder foreignKey) {
            return foreignKey(foreignKey.build());
        }

        public Builder indexes(List<Index> indexes) {
            return replace(this.indexes, indexes);
        }

        public Builder index(Index index) {
            indexes.add(index);
            return this;
        }

        public Builder index(Index.Builder index) {
            return index(index.build());
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** {@code UNLOGGED}: not written to the WAL, emptied after a crash, not replicated. */
        public Builder unlogged(boolean unlogged) {
            this.unlogged = unlogged;
            return this;
        }

        public Builder replicaIdentity(ReplicaIdentity replicaIdentity) {
            this.replicaIdentity = replicaIdentity;
            return this;
        }

        public Builder exclusions(List<ExclusionConstraint> exclusions) {
            return replace(this.exclusions, exclusions);
        }

        public Builder exclusion(ExclusionConstraint exclusion) {
            exclusions.add(exclusion);
            return this;
        }

        public Builder exclusion(ExclusionConstraint.Builder exclusion) {
            return exclusion(exclusion.build());
        }

        public Table build() {
            return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, unlogged,
                    replicaIdentity, exclusions);
        }

        private <T> Builder replace(List<T> target, List<T> items) {
            target.clear();
            target.addAll(items);
            return this;
        }
    }
}
