package dev.shale.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole declared state of a database: extra schemas, enum types and tables.
 *
 * <p>Plain immutable data, compared by value. Lists are kept sorted (schemas by name, enums and
 * tables by qualified name) so that two equal states are equal objects and serialise identically.
 */
public record SchemaModel(List<String> schemas, List<EnumType> enums, List<Table> tables) {

    /** The state of an empty database. */
    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of(), List.of());

    public SchemaModel {
        schemas = schemas.stream().sorted().distinct().toList();
        enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
    }

    /**
     * The schemas this state lives in: {@code public}, the declared extra schemas and the schemas of its
     * tables and enum types, sorted; what a database must be read in to compare with it.
     */
    public List<String> schemasInUse() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(schemas);
        names.add("public");
        tables.forEach(t -> names.add(t.name().schema()));
        enums.forEach(e -> names.add(e.name().schema()));
        return List.copyOf(names);
    }

    /** The table with this name, if declared. */
    public Optional<Table> table(QualifiedName name) {
        Objects.requireNonNull(name, "name");
        return find(tables, Table::name, name);
    }

    /** The enum type with this name, if declared. */
    public Optional<EnumType> enumType(QualifiedName name) {
        Objects.requireNonNull(name, "name");
        return find(enums, EnumType::name, name);
    }

    /** Binary search of a list kept sorted by name (see the constructor): a model of thousands of tables is diffed often. */
    private static <T> Optional<T> find(List<T> sorted, java.util.function.Function<T, QualifiedName> name,
                                        QualifiedName wanted) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            T item = sorted.get(middle);
            int order = name.apply(item).compareTo(wanted);
            if (order == 0) {
                return Optional.of(item);
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }
}
