package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Collations;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.Extension;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.KeyOptions;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads a snapshot's {@code schema} object into the model in one streaming pass, copying each token it reads
 * to a generator: without a pretty printer, that copy is the compact text the id hashes.
 *
 * <p>Problems are reported as the reading through document records did: a value of the wrong JSON type at
 * once (thrown); an unknown field as {@link ObjectFields} says (thrown); a missing or invalid value only
 * recorded, and of those, after the whole text is read, the one that checking the model field by field, in the
 * order of {@code schema.tables[0].columns[0]}'s identity, name, type, nullable and so on, meets first (see
 * {@link #problem()}). A path is rendered only for a problem.
 */
final class SchemaReader implements ObjectFields.Tokens {

    /** Reads a list element, the parser at its first token (not {@code null}), at the given depth. */
    @FunctionalInterface
    private interface Element<T> {
        T read(int depth) throws IOException;
    }

    private final JsonParser parser;
    private final JsonGenerator copy;
    private final JsonValues values;
    private final String source;

    /**
     * Where the reader is in model order: at depth d, the rank of the field being read among its object's
     * fields, or the index of the list element. A prefix of it orders recorded problems.
     */
    private final int[] slots = new int[16];

    /** Whether tokens are still copied: not after an unknown field, whose value is skipped and reported. */
    private boolean copying = true;
    /** Whether the current token is still to be copied (see {@link #next()}). */
    private boolean copyPending;
    private int failures;
    private int[] problemSlots;
    private SnapshotException problem;

    SchemaReader(JsonParser parser, JsonGenerator copy, String source) {
        this.parser = parser;
        this.copy = copy;
        this.values = new JsonValues(parser, source);
        this.source = source;
    }

    /** The first recorded problem in model order, or {@code null} if the schema read whole. */
    SnapshotException problem() {
        return problem;
    }

    /**
     * Reads the schema object the parser is at (its start already copied, its end copied last); {@code null}
     * if it has a problem.
     */
    SchemaModel schema() throws IOException {
        int before = failures;
        List<String> schemas = List.of();
        List<EnumType> enums = List.of();
        List<Table> tables = List.of();
        List<Extension> extensions = List.of();
        List<Sequence> sequences = List.of();
        ObjectFields fields = new ObjectFields(this, parser, source, 5);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "schemas" -> schemas = list(0, 0, this::string);
                case "enums" -> enums = list(0, 1, this::enumType);
                case "tables" -> tables = list(0, 2, this::table);
                case "extensions" -> extensions = list(0, 3, this::extension);
                case "sequences" -> sequences = list(0, 4, this::sequence);
                default -> fields.unknown(field);
            }
        }
        if (copying) {
            copy.copyCurrentEvent(parser);
        }
        if (failures == before) {
            String twice = twice(extensions);
            if (twice != null) {
                slots[0] = 3;
                invalid(1, ".extensions lists extension " + twice + " twice");
            }
        }
        return failures != before ? null : new SchemaModel(schemas, enums, tables, extensions, sequences);
    }

    /** The name of an extension listed more than once, or {@code null}. */
    private static String twice(List<Extension> extensions) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return extensions.stream().map(Extension::name).filter(n -> !seen.add(n)).findFirst().orElse(null);
    }

    private Extension extension(int depth) throws IOException {
        values.expectObject();
        int before = failures;
        String name = null;
        String schema = null;
        String version = null;
        ObjectFields fields = new ObjectFields(this, parser, source, 3);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "name" -> name = values.string();
                case "schema" -> schema = values.string();
                case "version" -> version = values.string();
                default -> fields.unknown(field);
            }
        }
        required(name, depth, 0, "name");
        required(schema, depth, 1, "schema");
        if (failures == before && Extension.nameProblem(name) != null) {
            invalid(depth, ".name: " + Extension.nameProblem(name));
        }
        if (failures == before && version != null && version.isBlank()) {
            invalid(depth, ".version is blank: leave it out for any version");
        }
        return failures != before ? null : new Extension(name, schema, version);
    }

    private Sequence sequence(int depth) throws IOException {
        values.expectObject();
        int before = failures;
        String schema = null;
        String name = null;
        String dataType = null;
        Long start = null;
        long increment = 1;
        Long minValue = null;
        Long maxValue = null;
        long cache = 1;
        boolean cycle = false;
        Sequence.OwnedBy ownedBy = null;
        ObjectFields fields = new ObjectFields(this, parser, source, 10);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "schema" -> schema = values.string();
                case "name" -> name = values.string();
                case "dataType" -> dataType = values.string();
                case "start" -> start = values.int64();
                case "increment" -> increment = Objects.requireNonNullElse(values.int64(), 1L);
                case "minValue" -> minValue = values.int64();
                case "maxValue" -> maxValue = values.int64();
                case "cache" -> cache = Objects.requireNonNullElse(values.int64(), 1L);
                case "cycle" -> cycle = Objects.requireNonNullElse(values.bool(), false);
                case "ownedBy" -> {
                    slots[depth] = 3;
                    ownedBy = ownedBy(depth + 1);
                }
                default -> fields.unknown(field);
            }
        }
        required(schema, depth, 0, "schema");
        required(name, depth, 1, "name");
        required(dataType, depth, 2, "dataType");
        if (failures != before) {
            return null;
        }
        try {
            Sequence.Builder builder = Sequence.builder(new QualifiedName(schema, name)).dataType(dataType)
                    .increment(increment).minValue(minValue).maxValue(maxValue).cache(cache).cycle(cycle)
                    .ownedBy(ownedBy);
            if (start != null) {
                builder.start(start);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            invalid(depth, ": " + e.getMessage());
            return null;
        }
    }

    private Sequence.OwnedBy ownedBy(int depth) throws IOException {
        if (!values.isObject()) {
            return null;
        }
        int before = failures;
        String schema = null;
        String table = null;
        String column = null;
        ObjectFields fields = new ObjectFields(this, parser, source, 3);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "schema" -> schema = values.string();
                case "table" -> table = values.string();
                case "column" -> column = values.string();
                default -> fields.unknown(field);
            }
        }
        required(schema, depth, 0, "schema");
        required(table, depth, 1, "table");
        required(column, depth, 2, "column");
        return failures != before ? null : new Sequence.OwnedBy(new QualifiedName(schema, table), column);
    }

    private EnumType enumType(int depth) throws IOException {
        values.expectObject();
        int before = failures;
        String schema = null;
        String name = null;
        String comment = null;
        List<String> labels = List.of();
        ObjectFields fields = new ObjectFields(this, parser, source, 4);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "schema" -> schema = values.string();
                case "name" -> name = values.string();
                case "comment" -> comment = values.string();
                case "values" -> labels = list(depth, 2, this::string);
                default -> fields.unknown(field);
            }
        }
        required(schema, depth, 0, "schema");
        required(name, depth, 1, "name");
        return failures != before ? null : new EnumType(new QualifiedName(schema, name), labels, comment);
    }

    private Table table(int depth) throws IOException {
        values.expectObject();
        int before = failures;
        String schema = null;
        String name = null;
        String comment = null;
        List<Column> columns = List.of();
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = List.of();
        List<CheckConstraint> checks = List.of();
        List<ForeignKey> foreignKeys = List.of();
        List<Index> indexes = List.of();
        boolean unlogged = false;
        String replicaIdentity = null;
        String replicaIdentityIndex = null;
        List<ExclusionConstraint> exclusions = List.of();
        ObjectFields fields = new ObjectFields(this, parser, source, 13);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "schema" -> schema = values.string();
                case "name" -> name = values.string();
                case "comment" -> comment = values.string();
                case "columns" -> columns = list(depth, 2, this::column);
                case "primaryKey" -> {
                    slots[depth] = 3;
                    primaryKey = primaryKey(depth + 1);
                }
                case "uniques" -> uniques = list(depth, 4, this::unique);
                case "checks" -> checks = list(depth, 5, this::check);
                case "foreignKeys" -> foreignKeys = list(depth, 6, this::foreignKey);
                case "indexes" -> indexes = list(depth, 7, this::index);
                case "unlogged" -> unlogged = Objects.requireNonNullElse(values.bool(), false);
                case "replicaIdentity" -> replicaIdentity = values.string();
                case "replicaIdentityIndex" -> replicaIdentityIndex = values.string();
                case "exclusions" -> exclusions = list(depth, 11, this::exclusion);
                default -> fields.unknown(field);
            }
        }
        required(schema, depth, 0, "schema");
        required(name, depth, 1, "name");
        ReplicaIdentity identity = replicaIdentity(replicaIdentity, replicaIdentityIndex, depth);
        return failures != before ? null : new Table(new QualifiedName(schema, name), columns, primaryKey, uniques,
                checks, foreignKeys, indexes, comment, unlogged, identity, exclusions);
    }

    /** {@code full}, {@code nothing}, or {@code index} with the index's name; absent for the default. */
    private ReplicaIdentity replicaIdentity(String kind, String index, int depth) {
        if (kind == null && index == null) {
            return ReplicaIdentity.DEFAULT;
        }
        if ("full".equals(kind) && index == null) {
            return ReplicaIdentity.FULL;
        }
        if ("nothing".equals(kind) && index == null) {
            return ReplicaIdentity.NOTHING;
        }
        if ("index".equals(kind) && index != null) {
            return ReplicaIdentity.usingIndex(index);
        }
        notOneOf(depth, 9, "replicaIdentity", kind + (index == null ? "" : " " + index),
                Stream.of("full", "nothing", "index (with replicaIdentityIndex)"));
        return null;
    }

    private PrimaryKey primaryKey(int depth) throws IOException {
        if (!values.isObject()) {
            return null;
        }
        return nameAndColumns(depth, PrimaryKey::new);
    }

    /** A constructor of a key of a name, columns, deferrability and index options. */
    private interface KeyMaker<T> {
        T make(String name, List<String> columns, Deferrability deferrability, KeyOptions options);
    }

    /**
     * An object of a name and columns (a primary key, a unique constraint) and the options of its index; null when
     * a value in it failed.
     */
    private <T> T nameAndColumns(int depth, KeyMaker<T> make) throws IOException {
        int before = failures;
        String name = null;
        List<String> columns = List.of();
        String deferrable = null;
        List<String> include = List.of();
        Boolean nullsNotDistinct = null;
        List<String> storage = List.of();
        ObjectFields fields = new ObjectFields(this, parser, source, 6);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "name" -> name = values.string();
                case "columns" -> columns = list(depth, 1, this::string);
                case "deferrable" -> deferrable = values.string();
                case "include" -> include = list(depth, 3, this::string);
                case "nullsNotDistinct" -> nullsNotDistinct = values.bool();
                case "storage" -> storage = list(depth, 5, this::string);
                default -> fields.unknown(field);
            }
        }
        required(name, depth, 0, "name");
        Deferrability deferrability = deferrability(deferrable, depth, 2);
        java.util.SortedMap<String, String> parameters = storage(storage, depth);
        if (failures != before || parameters == null) {
            return null;
        }
        try {
            return make.make(name, columns, deferrability,
                    new KeyOptions(include, Boolean.TRUE.equals(nullsNotDistinct), parameters));
        } catch (IllegalArgumentException | NullPointerException bad) {
            invalid(depth, ": " + bad.getMessage());
            return null;
        }
    }

    /** Storage parameters written {@code name=value}, sorted; null (recorded) when one is not so written. */
    private java.util.SortedMap<String, String> storage(List<String> storage, int depth) {
        java.util.SortedMap<String, String> parameters = new java.util.TreeMap<>();
        for (String parameter : storage) {
            int equals = parameter == null ? -1 : parameter.indexOf('=');
            if (equals <= 0) {
                invalid(depth, ".storage has \"" + parameter + "\", not name=value");
                return null;
            }
            parameters.put(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        return parameters;
    }

    private Deferrability deferrability(String text, int depth, int rank) {
        try {
            return Deferrability.ofSnapshotName(text);
        } catch (IllegalArgumentException e) {
            notOneOf(depth, rank, "deferrable", text, Stream.of("deferrable", "deferred"));
            return null;
        }
    }

    private Column column(int depth) throws IOException {
        values.expectObject();
        int before = failures;
        String name = null;
        boolean typed = false;
        ColumnType type = null;
        Boolean nullable = null;
        String defaultExpression = null;
        Identity identity = null;
        String generatedExpression = null;
        String comment = null;
        String collation = null;
        ObjectFields fields = new ObjectFields(this, parser, source, 8);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "name" -> name = values.string();
                case "type" -> {
                    slots[depth] = 2;
                    typed = parser.currentToken() != JsonToken.VALUE_NULL;
                    type = type(depth + 1);
                }
                case "nullable" -> nullable = values.bool();
                case "default" -> defaultExpression = values.string();
                case "identity" -> {
                    slots[depth] = 0;
                    identity = identity(depth + 1);
                }
                case "generated" -> generatedExpression = values.string();
                case "comment" -> comment = values.string();
                case "collation" -> collation = values.string();
                default -> fields.unknown(field);
            }
        }
        required(name, depth, 1, "name");
        if (!typed) {
            missing(depth, 2, "type");
        }
        required(nullable, depth, 3, "nullable");
        if (failures != before) {
            return null;
        }
        try {
            return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment,
                    collation);
        } catch (IllegalArgumentException e) {
            invalid(depth, ": " + e.getMessage());
            return null;
        }
    }

    private ColumnType type(int depth) throws IOException {
        if (!values.isObject()) {
            return null;
        }
        int before = failures;
        String schema = null;
        String name = null;
        List<Integer> modifiers = List.of();
        Integer dimensions = null;
        ObjectFields fields = new ObjectFields(this, parser, source, 4);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "schema" -> schema = values.string();
                case "name" -> name = values.string();
                case "modifiers" -> modifiers = list(depth, 0, this::modifier);
                case "dimensions" -> dimensions = values.int32();
                default -> fields.unknown(field);
            }
        }
        required(name, depth, 1, "name");
        if (failures != before) {
            return null;
        }
        try {
            return new ColumnType(schema, name, modifiers, dimensions == null ? 0 : dimensions);
        } catch (IllegalArgumentException e) {
            invalid(depth, ": " + e.getMessage());
            return null;
        }
    }

    private Identity identity(int depth) throws IOException {
        if (!values.isObject()) {
            return null;
        }
        int before = failures;
        Boolean always = null;
        Long start = null;
        Long increment = null;
        Long minValue = null;
        Long maxValue = null;
        long cache = 1;
        boolean cycle = false;
        ObjectFields fields = new ObjectFields(this, parser, source, 7);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "always" -> always = values.bool();
                case "start" -> start = values.int64();
                case "increment" -> increment = values.int64();
                case "minValue" -> minValue = values.int64();
                case "maxValue" -> maxValue = values.int64();
                case "cache" -> cache = Objects.requireNonNullElse(values.int64(), 1L);
                case "cycle" -> cycle = Objects.requireNonNullElse(values.bool(), false);
                default -> fields.unknown(field);
            }
        }
        required(always, depth, 0, "always");
        required(start, depth, 1, "start");
        required(increment, depth, 2, "increment");
        if (failures != before) {
            return null;
        }
        try {
            return new Identity(always, start, increment, minValue, maxValue, cache, cycle);
        } catch (IllegalArgumentException e) {
            invalid(depth, ": " + e.getMessage());
            return null;
        }
    }

    private UniqueConstraint unique(int depth) throws IOException {
        values.expectObject();
        return nameAndColumns(depth, UniqueConstraint::new);
    }

    private CheckConstraint check(int depth) throws IOException {
        values.expectObject();
        int before = failures;
        String name = null;
        String expression = null;
        boolean notValid = false;
        boolean noInherit = false;
        ObjectFields fields = new ObjectFields(this, parser, source, 4);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "name" -> name = values.string();
                case "expression" -> expression = values.string();
                case "notValid" -> notValid = Objects.requireNonNullElse(values.bool(), false);
                case "noInherit" -> noInherit = Objects.requireNonNullElse(values.bool(), false);
                default -> fields.unknown(field);
            }
        }
        required(name, depth, 0, "name");
        required(expression, depth, 1, "expression");
        return failures != before ? null : new CheckConstraint(name, expression, notValid, noInherit);
    }

    private ForeignKey foreignKey(int depth) throws IOException {
        values.expectObject();
        int before = failures;
        String name = null;
        List<String> columns = List.of();
        String referencedSchema = null;
        String referencedTable = null;
        List<String> referencedColumns = List.of();
        String onDelete = null;
        String onUpdate = null;
        String deferrable = null;
        boolean notValid = false;
        ObjectFields fields = new ObjectFields(this, parser, source, 9);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "name" -> name = values.string();
                case "columns" -> columns = list(depth, 1, this::string);
                case "referencedSchema" -> referencedSchema = values.string();
                case "referencedTable" -> referencedTable = values.string();
                case "referencedColumns" -> referencedColumns = list(depth, 4, this::string);
                case "onDelete" -> onDelete = values.string();
                case "onUpdate" -> onUpdate = values.string();
                case "deferrable" -> deferrable = values.string();
                case "notValid" -> notValid = Objects.requireNonNullElse(values.bool(), false);
                default -> fields.unknown(field);
            }
        }
        required(name, depth, 0, "name");
        required(referencedSchema, depth, 2, "referencedSchema");
        required(referencedTable, depth, 3, "referencedTable");
        ReferentialAction delete = action(onDelete, depth, 5, "onDelete");
        ReferentialAction update = action(onUpdate, depth, 6, "onUpdate");
        Deferrability deferrability = deferrability(deferrable, depth, 7);
        return failures != before ? null : new ForeignKey(name, columns,
                new QualifiedName(referencedSchema, referencedTable), referencedColumns, delete, update,
                deferrability, notValid);
    }

    private Index index(int depth) throws IOException {
        values.expectObject();
        int before = failures;
        String name = null;
        Boolean unique = null;
        String method = null;
        List<IndexKey> keys = List.of();
        String where = null;
        List<String> include = List.of();
        Boolean nullsNotDistinct = null;
        List<String> storage = List.of();
        ObjectFields fields = new ObjectFields(this, parser, source, 8);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "name" -> name = values.string();
                case "unique" -> unique = values.bool();
                case "method" -> method = values.string();
                case "keys" -> keys = list(depth, 1, this::indexKey);
                case "where" -> where = values.string();
                case "include" -> include = list(depth, 5, this::string);
                case "nullsNotDistinct" -> nullsNotDistinct = values.bool();
                case "storage" -> storage = list(depth, 7, this::string);
                default -> fields.unknown(field);
            }
        }
        required(name, depth, 0, "name");
        required(unique, depth, 2, "unique");
        IndexMethod indexMethod = method(method, depth, 3);
        java.util.SortedMap<String, String> parameters = storage(storage, depth);
        if (parameters == null || failures != before) {
            return null;
        }
        try {
            return new Index(name, keys, unique, indexMethod, where, include, Boolean.TRUE.equals(nullsNotDistinct),
                    parameters);
        } catch (IllegalArgumentException | NullPointerException bad) {
            invalid(depth, ": " + bad.getMessage());
            return null;
        }
    }

    private IndexKey indexKey(int depth) throws IOException {
        values.expectObject();
        KeyFields key = new KeyFields();
        ObjectFields fields = new ObjectFields(this, parser, source, 6);
        for (String field = fields.next(); field != null; field = fields.next()) {
            if (!key.read(field)) {
                fields.unknown(field);
            }
        }
        return key.build(depth);
    }

    private ExclusionConstraint exclusion(int depth) throws IOException {
        values.expectObject();
        int before = failures;
        String name = null;
        String method = null;
        List<ExclusionElement> elements = List.of();
        List<String> include = List.of();
        List<String> storage = List.of();
        String where = null;
        String deferrable = null;
        ObjectFields fields = new ObjectFields(this, parser, source, 7);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "name" -> name = values.string();
                case "method" -> method = values.string();
                case "elements" -> elements = list(depth, 2, this::exclusionElement);
                case "include" -> include = list(depth, 3, this::string);
                case "storage" -> storage = list(depth, 4, this::string);
                case "where" -> where = values.string();
                case "deferrable" -> deferrable = values.string();
                default -> fields.unknown(field);
            }
        }
        required(name, depth, 0, "name");
        IndexMethod indexMethod = method(method, depth, 1);
        Deferrability deferrability = deferrability(deferrable, depth, 6);
        java.util.SortedMap<String, String> parameters = new java.util.TreeMap<>();
        for (String parameter : storage) {
            int equals = parameter == null ? -1 : parameter.indexOf('=');
            if (equals <= 0) {
                invalid(depth, ".storage has \"" + parameter + "\", not name=value");
                return null;
            }
            parameters.put(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        if (failures != before) {
            return null;
        }
        try {
            return new ExclusionConstraint(name, indexMethod, elements, include, parameters, where, deferrability);
        } catch (IllegalArgumentException | NullPointerException bad) {
            invalid(depth, ": " + bad.getMessage());
            return null;
        }
    }

    private ExclusionElement exclusionElement(int depth) throws IOException {
        values.expectObject();
        KeyFields key = new KeyFields();
        String operator = null;
        ObjectFields fields = new ObjectFields(this, parser, source, 7);
        for (String field = fields.next(); field != null; field = fields.next()) {
            if (field.equals("operator")) {
                operator = values.string();
            } else if (!key.read(field)) {
                fields.unknown(field);
            }
        }
        IndexKey indexKey = key.build(depth);
        if (indexKey == null) {
            return null;
        }
        if (operator == null) {
            invalid(depth, " has no \"operator\"");
            return null;
        }
        try {
            return new ExclusionElement(indexKey, operator);
        } catch (IllegalArgumentException bad) {
            invalid(depth, ": " + bad.getMessage());
            return null;
        }
    }

    /** The fields of an index key, read one by one, then made into a key. */
    private final class KeyFields {
        private String column;
        private String expression;
        private String collation;
        private String opclass;
        private Boolean descending;
        private String nulls;

        /** Reads {@code field} if it is a key's; {@code false} if it is not. */
        boolean read(String field) throws IOException {
            switch (field) {
                case "column" -> column = values.string();
                case "expression" -> expression = values.string();
                case "collation" -> collation = values.string();
                case "opclass" -> opclass = values.string();
                case "descending" -> descending = values.bool();
                case "nulls" -> nulls = values.string();
                default -> {
                    return false;
                }
            }
            return true;
        }

        IndexKey build(int depth) {
            if ((column == null) == (expression == null)) {
                invalid(depth, " must have exactly one of \"column\" and \"expression\"");
                return null;
            }
            IndexKey.Nulls placement = IndexKey.Nulls.DEFAULT;
            if (nulls != null) {
                if (!nulls.equals("first") && !nulls.equals("last")) {
                    invalid(depth, ".nulls is \"" + nulls + "\", not one of [first, last]");
                    return null;
                }
                placement = IndexKey.Nulls.valueOf(nulls.toUpperCase(java.util.Locale.ROOT));
            }
            try {
                return new IndexKey(column != null ? column : expression, column == null,
                        collation == null || collation.isEmpty() ? collation : Collations.fromName(collation), opclass,
                        Boolean.TRUE.equals(descending), placement);
            } catch (IllegalArgumentException bad) {
                invalid(depth, ": " + bad.getMessage());
                return null;
            }
        }
    }

    private ReferentialAction action(String text, int depth, int rank, String field) {
        if (text == null) {
            missing(depth, rank, field);
            return null;
        }
        for (ReferentialAction action : ReferentialAction.values()) {
            if (action.sql().equals(text)) {
                return action;
            }
        }
        notOneOf(depth, rank, field, text, Arrays.stream(ReferentialAction.values()).map(ReferentialAction::sql));
        return null;
    }

    private IndexMethod method(String text, int depth, int rank) {
        if (text == null) {
            missing(depth, rank, "method");
            return null;
        }
        for (IndexMethod method : IndexMethod.values()) {
            if (method.sql().equals(text)) {
                return method;
            }
        }
        notOneOf(depth, rank, "method", text, Arrays.stream(IndexMethod.values()).map(IndexMethod::sql));
        return null;
    }

    private String string(int depth) throws IOException {
        return values.string();
    }

    private Integer modifier(int depth) throws IOException {
        return values.int32();
    }

    /**
     * The list value the parser is at, field {@code rank} of an object at {@code depth}; each element is
     * read at {@code depth + 2}. A {@code null} list is empty; a {@code null} element is recorded as missing.
     */
    private <T> List<T> list(int depth, int rank, Element<T> element) throws IOException {
        slots[depth] = rank;
        if (!values.isList()) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        int index = 0;
        while (next() != JsonToken.END_ARRAY) {
            slots[depth + 1] = index++;
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                record(depth + 2, SnapshotErrors.missing(source, JsonPaths.of(parser.getParsingContext())));
                out.add(null);
            } else {
                out.add(element.read(depth + 2));
            }
        }
        return out;
    }

    /**
     * The next token. The current one is copied first: a token is copied only when the reader moves past it,
     * so that a string value is not read before an unknown field is reported, whose position after the
     * value's first token would then move to after the whole string.
     */
    @Override
    public JsonToken next() throws IOException {
        if (copyPending && copying) {
            copy.copyCurrentEvent(parser);
        }
        copyPending = true;
        return parser.nextToken();
    }

    /**
     * Skips an unknown field's value. The copy stops, its field name left without a value: the field is
     * reported before the copy is used.
     */
    @Override
    public void skipValue() throws IOException {
        copying = false;
        parser.skipChildren();
    }

    private void required(Object value, int depth, int rank, String field) {
        if (value == null) {
            missing(depth, rank, field);
        }
    }

    /** Records that field {@code rank} of the object that just ended, at {@code depth}, is missing. */
    private void missing(int depth, int rank, String field) {
        slots[depth] = rank;
        record(depth + 1, SnapshotErrors.missing(source, here() + "." + field));
    }

    private void notOneOf(int depth, int rank, String field, String text, Stream<String> known) {
        slots[depth] = rank;
        record(depth + 1, SnapshotErrors.invalidContent(source,
                here() + "." + field + " is \"" + text + "\", not one of " + known.toList()));
    }

    /** Records that the object that just ended, at {@code depth}, is invalid as a whole. */
    private void invalid(int depth, String problemAfterPath) {
        record(depth, SnapshotErrors.invalidContent(source, here() + problemAfterPath));
    }

    /** The path of the object that just ended. */
    private String here() {
        return JsonPaths.of(parser.getParsingContext());
    }

    /** Records a problem at {@code slots[0..length)}, keeping the first in model order. */
    private void record(int length, SnapshotException found) {
        failures++;
        int[] at = Arrays.copyOf(slots, length);
        if (problem == null || comesFirst(at, problemSlots)) {
            problem = found;
            problemSlots = at;
        }
    }

    /**
     * Whether a problem at {@code a} is met before one at {@code b} when the model is checked field by field:
     * by the first slot they differ in, and a problem inside an object before the object's own (such as a
     * type's negative dimensions, checked once its fields are).
     */
    private static boolean comesFirst(int[] a, int[] b) {
        int common = Math.min(a.length, b.length);
        for (int i = 0; i < common; i++) {
            if (a[i] != b[i]) {
                return a[i] < b[i];
            }
        }
        return a.length > b.length;
    }
}
