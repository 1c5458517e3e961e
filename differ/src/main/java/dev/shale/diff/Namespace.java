package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Identifiers;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The names a schema uses, as PostgreSQL checks them when an object is renamed or moved into it:
 * relations (tables, the indexes of their keys and exclusion constraints, their plain indexes, identity and other
 * sequences) share one namespace; types (enums, and the row type of every table) another. Asked of several models
 * at once, a name is taken when any of them uses it, so answers err on the side of "taken".
 */
final class Namespace {

    private final Collection<SchemaModel> models;
    private final Set<QualifiedName> ignored;

    /** @param ignored tables and types whose names do not count, such as the one being moved */
    Namespace(Collection<SchemaModel> models, Set<QualifiedName> ignored) {
        this.models = List.copyOf(models);
        this.ignored = Set.copyOf(ignored);
    }

    /** Whether a relation of that name is in {@code schema}: a table's, or a sequence Shale models. */
    boolean relationTaken(String schema, String name) {
        return tables(schema).anyMatch(t -> relationNames(t).contains(name))
                || models.stream().flatMap(m -> m.sequences().stream()).map(s -> s.name())
                        .anyMatch(n -> n.schema().equals(schema) && n.name().equals(name));
    }

    /** Whether a type (an enum, or a table's row type) of that name is in {@code schema}. */
    boolean typeTaken(String schema, String name) {
        return tables(schema).anyMatch(t -> t.name().name().equals(name))
                || models.stream().flatMap(m -> m.enums().stream()).map(EnumType::name)
                        .anyMatch(n -> !ignored.contains(n) && n.schema().equals(schema) && n.name().equals(name));
    }

    /** Whether a table with these identity columns could be called {@code name} (its sequences included). */
    boolean tableNameTaken(QualifiedName name, List<String> identityColumns) {
        return typeTaken(name.schema(), name.name()) || relationTaken(name.schema(), name.name())
                || identityColumns.stream().anyMatch(c ->
                        relationTaken(name.schema(), Identifiers.identitySequenceName(name.name(), c)));
    }

    /**
     * The names between {@code from} and {@code to} (see {@link dev.shale.diff.change.NamePath}) for an
     * object that changes both schema and name: rename first if the new name is free in the old schema,
     * else move first if the old name is free in the new one, else go through a temporary name free in both.
     */
    static List<QualifiedName> via(QualifiedName from, QualifiedName to, Predicate<QualifiedName> taken) {
        if (from.schema().equals(to.schema()) || from.name().equals(to.name())) {
            return List.of();
        }
        QualifiedName renamed = new QualifiedName(from.schema(), to.name());
        if (!taken.test(renamed)) {
            return List.of(renamed);
        }
        QualifiedName moved = new QualifiedName(to.schema(), from.name());
        if (!taken.test(moved)) {
            return List.of(moved);
        }
        String temporary = temporaryName(to.name(), n -> taken.test(new QualifiedName(from.schema(), n))
                || taken.test(new QualifiedName(to.schema(), n)));
        return List.of(new QualifiedName(from.schema(), temporary), new QualifiedName(to.schema(), temporary));
    }

    /** {@code <name>_moving}, then {@code <name>_moving2} and so on, cut to fit: the first one not taken. */
    static String temporaryName(String name, Predicate<String> taken) {
        for (int i = 1; ; i++) {
            String candidate = Identifiers.objectName(name, null, i == 1 ? "moving" : "moving" + i);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private Stream<Table> tables(String schema) {
        return models.stream().flatMap(m -> m.tables().stream())
                .filter(t -> !ignored.contains(t.name()) && t.name().schema().equals(schema));
    }

    /** The relation names a table holds in its schema. */
    static List<String> relationNames(Table table) {
        List<String> names = new ArrayList<>();
        names.add(table.name().name());
        names.addAll(indexNames(table));
        for (Column column : table.columns()) {
            if (column.identity() != null) {
                names.add(Identifiers.identitySequenceName(table.name().name(), column.name()));
            }
        }
        return names;
    }

    /** The names of a table's key indexes (primary key, uniques, exclusion constraints) and plain indexes. */
    static List<String> indexNames(Table table) {
        List<String> names = new ArrayList<>();
        if (table.primaryKey() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniques().stream().map(UniqueConstraint::name).forEach(names::add);
        table.exclusions().stream().map(ExclusionConstraint::name).forEach(names::add);
        table.indexes().stream().map(Index::name).forEach(names::add);
        return names;
    }
}
