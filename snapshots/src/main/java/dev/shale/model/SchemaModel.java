package dev.shale.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole declared state of a database: extra schemas, enum types, tables, sequences and the extensions they need.
 *
 * <p>Plain immutable data, compared by value. Lists are kept sorted (schemas and extensions by name, enums,
 * tables and sequences by qualified name) so that two equal states are equal objects and serialise identically.
 */
public record SchemaModel(List<String> schemas, List<EnumType> enums, List<Table> tables, List<Extension> extensions,
                          List<Sequence> sequences) {

    /** The state of an empty database. */
    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of(), List.of(), List.of(), List.of());

    public SchemaModel {
        schemas = schemas.stream().sorted().distinct().toList();
        enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        extensions = extensions.stream().sorted().toList();
        for (int i = 1; i < extensions.size(); i++) {
            if (extensions.get(i).name().equals(extensions.get(i - 1).name())) {
                throw new IllegalArgumentException("extension " + extensions.get(i).name() + " is listed twice");
            }
        }
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    }

    /** A model without extensions and sequences. */
    public SchemaModel(List<String> schemas, List<EnumType> enums, List<Table> tables) {
        this(schemas, enums, tables, List.of(), List.of());
    }

    /** This model with {@code extensions} in place of its own. */
    public SchemaModel withExtensions(List<Extension> extensions) {
        return new SchemaModel(schemas, enums, tables, extensions, sequences);
    }

    /** This model with {@code tables} in place of its own. */
    public SchemaModel withTables(List<Table> tables) {
        return new SchemaModel(schemas, enums, tables, extensions, sequences);
    }

    /** This model with {@code sequences} in place of its own. */
    public SchemaModel withSequences(List<Sequence> sequences) {
        return new SchemaModel(schemas, enums, tables, extensions, sequences);
    }

    /** The extension called {@code name}, if declared. */
    public Optional<Extension> extension(String name) {
        Objects.requireNonNull(name, "name");
        return extensions.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The schemas this state lives in: {@code public}, the declared extra schemas and the schemas of its
     * tables, enum types and extensions, sorted; what a database must be read in to compare with it.
     */
    public List<String> schemasInUse() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(schemas);
        names.add("public");
        tables.forEach(t -> names.add(t.name().schema()));
        enums.forEach(e -> names.add(e.name().schema()));
        extensions.forEach(e -> names.add(e.schema()));
        sequences.forEach(s -> names.add(s.name().schema()));
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

    /** The sequence with this name, if declared. */
    public Optional<Sequence> sequence(QualifiedName name) {
        Objects.requireNonNull(name, "name");
        return find(sequences, Sequence::name, name);
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

    /** A builder of a model, empty until told: no extra schemas, no enum types, no tables, no extensions, no sequences. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every part of this model, to change some of them. */
    public Builder toBuilder() {
        return new Builder().schemas(schemas).enums(enums).tables(tables).extensions(extensions).sequences(sequences);
    }

    /**
     * Builds a {@link SchemaModel} part by part: a plural method replaces a list, a singular one adds to it.
     * {@link #build()} goes through the record's constructor, which sorts every list.
     */
    public static final class Builder {
        private final List<String> schemas = new java.util.ArrayList<>();
        private final List<EnumType> enums = new java.util.ArrayList<>();
        private final List<Table> tables = new java.util.ArrayList<>();
        private final List<Extension> extensions = new java.util.ArrayList<>();
        private final List<Sequence> sequences = new java.util.ArrayList<>();

        private Builder() {
        }

        public Builder schemas(List<String> schemas) {
            return replace(this.schemas, schemas);
        }

        public Builder schema(String schema) {
            schemas.add(schema);
            return this;
        }

        public Builder enums(List<EnumType> enums) {
            return replace(this.enums, enums);
        }

        public Builder enumType(EnumType enumType) {
            enums.add(enumType);
            return this;
        }

        public Builder enumType(EnumType.Builder enumType) {
            return enumType(enumType.build());
        }

        public Builder tables(List<Table> tables) {
            return replace(this.tables, tables);
        }

        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        public Builder table(Table.Builder table) {
            return table(table.build());
        }

        public Builder extensions(List<Extension> extensions) {
            return replace(this.extensions, extensions);
        }

        public Builder extension(Extension extension) {
            extensions.add(extension);
            return this;
        }

        public Builder sequences(List<Sequence> sequences) {
            return replace(this.sequences, sequences);
        }

        public Builder sequence(Sequence sequence) {
            sequences.add(sequence);
            return this;
        }

        public Builder sequence(Sequence.Builder sequence) {
            return sequence(sequence.build());
        }

        public SchemaModel build() {
            return new SchemaModel(schemas, enums, tables, extensions, sequences);
        }

        private <T> Builder replace(List<T> target, List<T> items) {
            target.clear();
            target.addAll(items);
            return this;
        }
    }
}
