package dev.shale.migrations.introspect;

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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the chosen schemas of a live PostgreSQL database into a {@link SchemaModel}, and lists what the
 * model does not describe as {@link UnmanagedObject}s (objects of other kinds, and details of the tables it reads), and its indexes and constraints that are not valid as
 * {@link InvalidObject}s.
 *
 * <p>One catalog query per object kind, each a {@code .sql} resource next to this class, so the number
 * of queries does not depend on the number of tables. PostgreSQL's spellings are normalised by
 * {@link CatalogSpelling}. The queries run in one repeatable-read transaction when the connection is in
 * autocommit, so they see one state of the catalog.
 */
public final class Introspector {

    private static final String SCHEMAS = load("schemas.sql");
    private static final String ENUMS = load("enums.sql");
    private static final String TABLES = load("tables.sql");
    private static final String COLUMNS = load("columns.sql");
    private static final String CONSTRAINTS = load("constraints.sql");
    private static final String INDEXES = load("indexes.sql");
    private static final String EXCLUSIONS = load("exclusions.sql");
    private static final String SEQUENCES = load("sequences.sql");
    private static final String UNMANAGED = load("unmanaged.sql");
    private static final String DETAILS = load("details.sql");
    private static final String EXTENSIONS = load("extensions.sql");

    /** The model of {@code schemas} in the database behind {@code connection}. */
    public SchemaModel read(Connection connection, List<String> schemas) throws SQLException {
        return introspect(connection, schemas).model();
    }

    /** The model of {@code schemas} and the objects in them the model does not describe. */
    public IntrospectionResult introspect(Connection connection, List<String> schemas) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(schemas, "schemas");
        if (!connection.getAutoCommit()) {
            return readAll(connection, schemas);
        }
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return readAll(connection, schemas);
        } finally {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(isolation);
            }
        }
    }

    private IntrospectionResult readAll(Connection connection, List<String> schemas) throws SQLException {
        List<String> found = new ArrayList<>();
        query(connection, SCHEMAS, schemas, row -> found.add(row.getString("schema_name")));

        List<EnumType> enums = new ArrayList<>();
        query(connection, ENUMS, schemas, row -> enums.add(new EnumType(
                new QualifiedName(row.getString("schema_name"), row.getString("type_name")),
                strings(row.getArray("labels")), row.getString("comment"))));

        Map<QualifiedName, TableParts> tables = new LinkedHashMap<>();
        query(connection, TABLES, schemas, row -> {
            QualifiedName name = tableName(row);
            TableParts parts = new TableParts(name, row.getString("comment"));
            parts.unlogged = "u".equals(row.getString("persistence"));
            parts.replicaIdentity = replicaIdentity(row.getString("replica_identity"),
                    row.getString("replica_identity_index"));
            tables.put(name, parts);
        });
        query(connection, COLUMNS, schemas, row -> {
            TableParts table = tables.get(tableName(row));
            if (table != null) {
                table.add(row);
            }
        });
        List<InvalidObject> invalid = new ArrayList<>();
        query(connection, CONSTRAINTS, schemas, row -> {
            TableParts table = tables.get(tableName(row));
            if (table != null) {
                table.addConstraint(row);
                if (!row.getBoolean("validated")) {
                    invalid.add(new InvalidObject("f".equals(row.getString("constraint_type"))
                            ? InvalidObject.Kind.FOREIGN_KEY : InvalidObject.Kind.CHECK, table.name,
                            row.getString("constraint_name")));
                }
            }
        });
        List<Sequence> sequences = new ArrayList<>();
        query(connection, SEQUENCES, schemas, row -> sequences.add(sequence(row)));
        List<UnmanagedObject> unmanaged = new ArrayList<>();
        query(connection, INDEXES, schemas, row -> {
            TableParts table = tables.get(tableName(row));
            if (table == null) {
                return;
            }
            if (!row.getBoolean("is_valid")) {
                invalid.add(new InvalidObject(InvalidObject.Kind.INDEX, table.name, row.getString("index_name")));
            }
            if (!table.addIndex(row)) {
                unmanaged.add(new UnmanagedObject(UnmanagedObject.Kind.INDEX,
                        new QualifiedName(row.getString("schema_name"), row.getString("index_name")),
                        row.getString("table_name")));
            }
        });
        query(connection, EXCLUSIONS, schemas, row -> {
            TableParts table = tables.get(tableName(row));
            if (table != null && !table.addExclusion(row)) {
                unmanaged.add(new UnmanagedObject(UnmanagedObject.Kind.EXCLUSION_CONSTRAINT,
                        new QualifiedName(row.getString("schema_name"), row.getString("constraint_name")),
                        row.getString("table_name")));
            }
        });
        query(connection, UNMANAGED, schemas, row -> unmanaged.add(new UnmanagedObject(
                UnmanagedObject.Kind.valueOf(row.getString("kind")),
                new QualifiedName(row.getString("schema_name"), row.getString("object_name")),
                row.getString("table_name"))));
        query(connection, DETAILS, schemas, row -> unmanaged.add(UnmanagedObject.detail(tableName(row),
                row.getString("detail"))));
        // a sequence owned by a column of a table the model does not hold (a partitioned table, a schema not read)
        // cannot be rebuilt from the model: listed, not modelled
        for (Sequence sequence : List.copyOf(sequences)) {
            if (sequence.ownedBy() != null && !tables.containsKey(sequence.ownedBy().table())) {
                sequences.remove(sequence);
                unmanaged.add(new UnmanagedObject(UnmanagedObject.Kind.SEQUENCE, sequence.name(), null));
            }
        }

        List<Extension> extensions = new ArrayList<>();
        query(connection, EXTENSIONS, schemas, row -> {
            String name = row.getString("extension_name");
            String version = row.getString("version");
            if (Extension.nameProblem(name) == null && version != null && !version.isBlank()) {
                extensions.add(new Extension(name, row.getString("schema_name"), version));
            } else {
                // a name the model cannot hold (no contrib extension has one): listed, as before extensions were
                // modelled
                unmanaged.add(new UnmanagedObject(UnmanagedObject.Kind.EXTENSION,
                        new QualifiedName(row.getString("schema_name"), name), null));
            }
        });

        List<String> extraSchemas = found.stream().filter(s -> !s.equals("public")).toList();
        List<Table> built = tables.values().stream().map(TableParts::build).toList();
        return new IntrospectionResult(new SchemaModel(extraSchemas, enums, built, extensions, sequences), unmanaged,
                invalid);
    }

    private static Sequence sequence(ResultSet row) throws SQLException {
        Sequence.Builder sequence = Sequence.builder(new QualifiedName(row.getString("schema_name"),
                        row.getString("sequence_name")))
                .dataType(row.getString("data_type"))
                .start(row.getLong("start_value"))
                .increment(row.getLong("increment"))
                .minValue(row.getObject("min_value") == null ? null : row.getLong("min_value"))
                .maxValue(row.getObject("max_value") == null ? null : row.getLong("max_value"))
                .cache(row.getLong("cache"))
                .cycle(row.getBoolean("cycle"));
        if (row.getString("owner_table") != null) {
            sequence.ownedBy(new QualifiedName(row.getString("owner_schema"), row.getString("owner_table")),
                    row.getString("owner_column"));
        }
        return sequence.build();
    }

    private static QualifiedName tableName(ResultSet row) throws SQLException {
        return new QualifiedName(row.getString("schema_name"), row.getString("table_name"));
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with every {@code ANY (?)} bound to the schema names, feeding each row to {@code reader}. */
    private static void query(Connection connection, String sql, List<String> schemas, RowReader reader)
            throws SQLException {
        Array names = connection.createArrayOf("text", schemas.toArray(new String[0]));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameters = sql.split("ANY \\(\\?\\)", -1).length - 1;
            for (int i = 1; i <= parameters; i++) {
                statement.setArray(i, names);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } finally {
            names.free();
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }

    /**
     * {@code pg_class.relreplident} and the index marked {@code indisreplident}: 'i' without one (its index was
     * dropped) acts as NOTHING, and is listed by details.sql as a detail the model does not describe.
     */
    private static ReplicaIdentity replicaIdentity(String code, String index) {
        return switch (code) {
            case "f" -> ReplicaIdentity.FULL;
            case "n" -> ReplicaIdentity.NOTHING;
            case "i" -> index == null ? ReplicaIdentity.NOTHING : ReplicaIdentity.usingIndex(index);
            default -> ReplicaIdentity.DEFAULT;
        };
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static String load(String resource) {
        try (InputStream in = Introspector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + Introspector.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table while its rows arrive. */
    private static final class TableParts {
        private final QualifiedName name;
        private final String comment;
        private final List<Column> columns = new ArrayList<>();
        private final Map<String, ColumnType> typesByQuotedName = new LinkedHashMap<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ExclusionConstraint> exclusions = new ArrayList<>();
        private boolean unlogged;
        private ReplicaIdentity replicaIdentity = ReplicaIdentity.DEFAULT;

        TableParts(QualifiedName name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        void add(ResultSet row) throws SQLException {
            String formatted = row.getString("formatted_type");
            String formattedWithoutModifiers = row.getString("formatted_type_without_modifiers");
            ColumnType type = CatalogSpelling.type(row.getString("element_type"),
                    row.getString("element_type_schema"), row.getInt("typmod"), row.getBoolean("is_array"),
                    row.getInt("declared_dimensions"), formatted, formattedWithoutModifiers);
            typesByQuotedName.put(row.getString("quoted_name"), type);
            String expression = row.getString("expression");
            // 's' stored; 'v' virtual (PostgreSQL 18): read as generated, never as a default (its expression sits in
            // pg_attrdef like a default's); the model's generated columns are stored, so it is a detail to list
            String generatedCode = row.getString("generated");
            boolean generated = generatedCode != null && !generatedCode.isEmpty();
            String identityCode = row.getString("identity");
            Identity identity = null;
            if (identityCode != null && !identityCode.isEmpty()) {
                long start = row.getLong("identity_start");
                start = row.wasNull() ? 1 : start;
                long increment = row.getLong("identity_increment");
                long min = row.getLong("identity_min");
                Long minValue = row.wasNull() ? null : min;
                long max = row.getLong("identity_max");
                Long maxValue = row.wasNull() ? null : max;
                long cache = row.getLong("identity_cache");
                cache = row.wasNull() ? 1 : cache;
                identity = new Identity("a".equals(identityCode), start, increment == 0 ? 1 : increment, minValue,
                        maxValue, cache, row.getBoolean("identity_cycle"));
            }
            columns.add(new Column(row.getString("column_name"), type, row.getBoolean("nullable"),
                    generated ? null : CatalogSpelling.defaultExpression(expression, type, formatted,
                            formattedWithoutModifiers),
                    identity,
                    generated ? CatalogSpelling.expression(expression, typesByQuotedName) : null,
                    row.getString("comment"), collation(row)));
        }

        /** The column's collation in its normal form, {@code null} when it is its type's. */
        private static String collation(ResultSet row) throws SQLException {
            String name = row.getString("collation_name");
            return name == null ? null : Collations.of(row.getString("collation_schema"), name);
        }

        void addConstraint(ResultSet row) throws SQLException {
            String constraintName = row.getString("constraint_name");
            List<String> keyColumns = strings(row.getArray("columns"));
            Deferrability deferrability = Deferrability.of(row.getBoolean("deferrable"), row.getBoolean("deferred"));
            boolean notValid = !row.getBoolean("validated");
            switch (row.getString("constraint_type")) {
                case "p" -> primaryKey = new PrimaryKey(constraintName, keyColumns, deferrability, keyOptions(row));
                case "u" -> uniques.add(new UniqueConstraint(constraintName, keyColumns, deferrability,
                        keyOptions(row)));
                case "c" -> checks.add(new CheckConstraint(constraintName,
                        CatalogSpelling.checkExpression(row.getString("definition"), typesByQuotedName), notValid,
                        row.getBoolean("no_inherit")));
                case "f" -> foreignKeys.add(new ForeignKey(constraintName, keyColumns,
                        new QualifiedName(row.getString("referenced_schema"), row.getString("referenced_table")),
                        strings(row.getArray("referenced_columns")), action(row.getString("on_delete")),
                        action(row.getString("on_update")), deferrability, notValid));
                default -> throw new IllegalStateException("unexpected constraint type of " + constraintName);
            }
        }

        /** The options of a primary key's or unique constraint's index: INCLUDE, NULLS NOT DISTINCT, storage. */
        private static KeyOptions keyOptions(ResultSet row) throws SQLException {
            return new KeyOptions(strings(row.getArray("included")), row.getBoolean("nulls_not_distinct"),
                    storage(row));
        }

        /** The storage parameters of an index, {@code name=value} each in the catalog. */
        private static java.util.SortedMap<String, String> storage(ResultSet row) throws SQLException {
            java.util.SortedMap<String, String> storage = new java.util.TreeMap<>();
            for (String parameter : strings(row.getArray("storage"))) {
                int equals = parameter.indexOf('=');
                storage.put(parameter.substring(0, equals), parameter.substring(equals + 1));
            }
            return storage;
        }

        /** Adds the index; false when the model cannot describe it (another access method, INCLUDE on a method without). */
        boolean addIndex(ResultSet row) throws SQLException {
            IndexMethod method;
            try {
                method = IndexMethod.valueOf(row.getString("method").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return false;
            }
            List<String> included = strings(row.getArray("included"));
            if (!included.isEmpty() && method != IndexMethod.BTREE && method != IndexMethod.GIST) {
                return false;
            }
            List<IndexKey> keys = keys(row);
            java.util.SortedMap<String, String> storage = storage(row);
            indexes.add(new Index(row.getString("index_name"), keys, row.getBoolean("is_unique"),
                    method, CatalogSpelling.expression(row.getString("predicate"), typesByQuotedName), included,
                    row.getBoolean("nulls_not_distinct"), storage));
            return true;
        }

        /**
         * Adds the exclusion constraint; false when the model cannot describe it (an access method it does not know,
         * an operator it cannot spell).
         */
        boolean addExclusion(ResultSet row) throws SQLException {
            IndexMethod method;
            try {
                method = IndexMethod.valueOf(row.getString("method").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return false;
            }
            List<IndexKey> keys = keys(row);
            List<String> operators = strings(row.getArray("operators"));
            try {
                List<ExclusionElement> elements = new ArrayList<>();
                for (int i = 0; i < keys.size(); i++) {
                    elements.add(new ExclusionElement(keys.get(i), operators.get(i)));
                }
                exclusions.add(new ExclusionConstraint(row.getString("constraint_name"), method, elements,
                        strings(row.getArray("included")), storage(row),
                        CatalogSpelling.expression(row.getString("predicate"), typesByQuotedName),
                        Deferrability.of(row.getBoolean("deferrable"), row.getBoolean("deferred"))));
            } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException unmodelled) {
                return false;
            }
            return true;
        }

        /** The keys of an index row (indexes.sql, exclusions.sql): texts, expression flags and options. */
        private List<IndexKey> keys(ResultSet row) throws SQLException {
            List<String> texts = strings(row.getArray("keys"));
            Boolean[] expressions = (Boolean[]) row.getArray("key_is_expression").getArray();
            Boolean[] descending = (Boolean[]) row.getArray("key_descending").getArray();
            Boolean[] nullsFirst = (Boolean[]) row.getArray("key_nulls_first").getArray();
            String[] opclasses = (String[]) row.getArray("key_opclass").getArray();
            String[] collations = (String[]) row.getArray("key_collation").getArray();
            String[] collationSchemas = (String[]) row.getArray("key_collation_schema").getArray();
            List<IndexKey> keys = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                String text = expressions[i] ? CatalogSpelling.expression(texts.get(i), typesByQuotedName) : texts.get(i);
                String collation = collations[i] == null ? null : Collations.of(collationSchemas[i], collations[i]);
                keys.add(new IndexKey(text, expressions[i], collation, opclasses[i], descending[i],
                        nullsFirst[i] ? IndexKey.Nulls.FIRST : IndexKey.Nulls.LAST));
            }
            return keys;
        }

        Table build() {
            return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, unlogged,
                    replicaIdentity, exclusions);
        }
    }
}
