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

    /** The table with this name, if declared. */
    public Optional<Table> table(QualifiedName name) {
        Objects.requireNonNull(name, "name");
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The enum type with this name, if declared. */
    public Optional<EnumType> enumType(QualifiedName name) {
        Objects.requireNonNull(name, "name");
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
