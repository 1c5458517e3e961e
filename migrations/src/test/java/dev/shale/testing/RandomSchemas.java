package dev.shale.testing;

import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.Identifiers;
import dev.shale.model.Identity;
import dev.shale.model.IndexKey;
import dev.shale.model.Sequence;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.testing.SchemaDraft.ColumnDraft;
import dev.shale.testing.SchemaDraft.EnumDraft;
import dev.shale.testing.SchemaDraft.Expr;
import dev.shale.testing.SchemaDraft.ForeignKeyDraft;
import dev.shale.testing.SchemaDraft.IndexDraft;
import dev.shale.testing.SchemaDraft.Label;
import dev.shale.testing.SchemaDraft.TableDraft;
import dev.shale.testing.SchemaDraft.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random valid {@link SchemaModel}s from a seed: 1 to 6 tables in {@code public} and sometimes one more schema,
 * columns of every built-in type Shale maps, enums, citext (where the extension is declared), defaults, identity,
 * serial and generated columns, keys, checks,
 * foreign keys with every action, indexes of every kind PostgreSQL builds without extensions, comments, and
 * names that need quoting. Names of constraints and indexes are PostgreSQL's defaults. The same seed always
 * gives the same model.
 */
public final class RandomSchemas {

    static final List<String> TABLE_NAMES = List.of("users", "orders", "items", "accounts", "events", "tags",
            "invoices", "payments", "products", "sessions", "order", "Audit Log", "user_groups",
            "customer_subscription_billing_history_entries_archived_monthly");
    static final List<String> COLUMN_NAMES = List.of("name", "email", "amount", "price", "quantity", "status",
            "payload", "labels", "active", "code", "score", "ratio", "note", "starts_at", "created_at", "birth_date",
            "opens_at", "data", "user", "order", "Display Name", "counter", "weight", "title", "ref", "version");
    static final List<String> ENUM_NAMES = List.of("mood", "status_kind", "priority_level", "Color");
    static final List<String> LABELS = List.of("new", "active", "archived", "deleted", "pending", "it's",
            "Mixed Case", "x-y", "draft", "closed", "open", "done");
    static final List<String> SCHEMA_NAMES = List.of("billing", "audit", "Reporting");
    static final List<String> COMMENTS = List.of("holds what matters", "it's a comment", "über wichtig",
            "second thoughts", "see ticket 42");
    static final List<ReferentialAction> ACTIONS = List.of(ReferentialAction.values());

    private RandomSchemas() {
    }

    /** The model for {@code seed}. */
    public static SchemaModel generate(long seed) {
        return generate(new SplittableRandom(seed));
    }

    /** A model drawn from {@code random}. */
    public static SchemaModel generate(SplittableRandom random) {
        SchemaDraft draft = draft(random);
        return draft.toModel();
    }

    static SchemaDraft draft(SplittableRandom random) {
        SchemaDraft draft = new SchemaDraft();
        if (random.nextInt(10) < 3) {
            draft.schemas.add(pick(random, SCHEMA_NAMES));
        }
        int enumCount = random.nextInt(3);
        for (int i = 0; i < enumCount; i++) {
            newEnum(draft, random);
        }
        int tableCount = 1 + random.nextInt(6);
        for (int i = 0; i < tableCount; i++) {
            newTable(draft, random);
        }
        for (TableDraft table : List.copyOf(draft.tables)) {
            if (random.nextInt(100) < 40) {
                newForeignKey(draft, table, random);
            }
            if (random.nextInt(100) < 10) {
                newForeignKey(draft, table, random);
            }
        }
        // drawn last, so that the tables and types of a seed stay what they were before extensions were modelled
        if (chance(random, 20)) {
            // citext ships with every server the tests run on (contrib, and the embedded binaries); where it is
            // missing, CREATE EXTENSION fails the test, as meant. Its version is named: introspection reads it back,
            // and 1.6 is citext's version on PostgreSQL 13 to 18
            draft.extensions.put("citext", new dev.shale.model.Extension("citext", "public", "1.6"));
        }
        // drawn after the extensions, so that a seed's tables, enums and extensions are what they were before
        // sequences were generated
        if (chance(random, 20)) {
            newSequence(draft, random);
        }
        if (draft.extensions.containsKey("citext") && chance(random, 70)) {
            newCitextColumn(draft, pick(random, draft.tables), random);
        }
        // drawn after everything else, so that a seed's other objects are what they were before exclusion
        // constraints and key options were generated
        if (chance(random, 20)) {
            declareBtreeGist(draft);
        }
        for (TableDraft table : draft.tables) {
            if (chance(random, 15)) {
                newExclusion(draft, table, random, false);
            }
            if (chance(random, 20)) {
                newKeyOptions(table, random);
            }
        }
        draft.settle();
        draft.validate();
        return draft;
    }

    // ---------------------------------------------------------------- pieces, shared with RandomEdits

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static boolean chance(SplittableRandom random, int percent) {
        return random.nextInt(100) < percent;
    }

    /** A table name free in {@code schema}, or null when the pool is used up. */
    static QualifiedName freeTableName(SchemaDraft draft, String schema, SplittableRandom random) {
        List<String> free = TABLE_NAMES.stream().filter(n -> !draft.nameTaken(new QualifiedName(schema, n))).toList();
        return free.isEmpty() ? null : new QualifiedName(schema, pick(random, free));
    }

    static EnumDraft newEnum(SchemaDraft draft, SplittableRandom random) {
        String schema = chance(random, 25) ? pick(random, draft.allSchemas()) : "public";
        List<String> free = ENUM_NAMES.stream().filter(n -> !draft.nameTaken(new QualifiedName(schema, n))).toList();
        if (free.isEmpty()) {
            return null;
        }
        EnumDraft type = new EnumDraft(new QualifiedName(schema, pick(random, free)), null);
        List<String> labels = new ArrayList<>(LABELS);
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            type.labels.add(new Label(labels.remove(random.nextInt(labels.size())), null));
        }
        if (chance(random, 20)) {
            type.comment = pick(random, COMMENTS);
        }
        draft.enums.add(type);
        return type;
    }

    static TableDraft newTable(SchemaDraft draft, SplittableRandom random) {
        String schema = chance(random, 30) ? pick(random, draft.allSchemas()) : "public";
        QualifiedName name = freeTableName(draft, schema, random);
        if (name == null) {
            return null;
        }
        TableDraft table = new TableDraft(name, null);
        draft.tables.add(table);
        int pk = random.nextInt(100);
        if (pk < 75) {
            ColumnDraft id;
            boolean serial = false;
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    id = new ColumnDraft("id", null, random.nextBoolean() ? Types.BIGINT : Types.INTEGER, false);
                    id.identity = randomIdentity(random);
                }
                case 2 -> {
                    id = new ColumnDraft("id", null, Types.UUID, false);
                    id.defaultExpression = "gen_random_uuid()";
                }
                case 3 -> id = new ColumnDraft("id", null, Types.BIGINT, false);
                case 4 -> {
                    id = new ColumnDraft("id", null, random.nextBoolean() ? Types.BIGINT : Types.INTEGER, false);
                    serial = true;
                }
                default -> id = new ColumnDraft("id", null, random.nextBoolean() ? Types.TEXT : Types.varchar(32), false);
            }
            table.columns.add(id);
            if (serial) {
                makeSerial(draft, table, id, random);
            }
            table.primaryKey = new ArrayList<>(List.of("id"));
        } else if (pk < 92) {
            table.columns.add(new ColumnDraft("code", null, Types.varchar(16), false));
            table.columns.add(new ColumnDraft("version", null, Types.INTEGER, false));
            table.primaryKey = new ArrayList<>(List.of("code", "version"));
        }
        int columns = 1 + random.nextInt(5);
        for (int i = 0; i < columns; i++) {
            newColumn(draft, table, random);
        }
        if (!table.hasIdentity() && chance(random, 10)) {
            addIdentity(table, random);
        }
        if (chance(random, 20)) {
            newGeneratedColumn(table, random);
        }
        if (chance(random, 25)) {
            newUnique(table, random);
        }
        if (chance(random, 25)) {
            newCheck(table, random);
        }
        if (chance(random, 10)) {
            newCheck(table, random);
        }
        int indexes = random.nextInt(3);
        for (int i = 0; i < indexes; i++) {
            newIndex(table, random);
        }
        if (chance(random, 25)) {
            table.comment = pick(random, COMMENTS);
        }
        if (chance(random, 10)) {
            // not a table owning a sequence: see SchemaDraft.ownsSequence
            table.unlogged = !draft.ownsSequence(table);
        }
        if (chance(random, 15)) {
            table.replicaIdentity = pick(random, List.of(ReplicaIdentity.Kind.FULL, ReplicaIdentity.Kind.NOTHING,
                    ReplicaIdentity.Kind.INDEX));
        }
        return table;
    }

    /** Sequence names: no table, index or constraint name starts with {@code seq_}. */
    static final List<String> SEQUENCE_NAMES = List.of("seq_counter", "seq_invoice_no", "seq_ticket", "seq_Batch");

    /** A standalone sequence in {@code public} with random options; null when the names are used up. */
    static Sequence newSequence(SchemaDraft draft, SplittableRandom random) {
        List<String> free = SEQUENCE_NAMES.stream().filter(n -> draft.sequences.stream()
                .noneMatch(s -> s.name().name().equals(n))).toList();
        if (free.isEmpty()) {
            return null;
        }
        Sequence sequence = randomSequence(Sequence.builder(QualifiedName.of(pick(random, free))), random);
        draft.sequences.add(sequence);
        return sequence;
    }

    /** {@code builder} with a random type, increment, bounds, start, cache and cycle, each often the default. */
    static Sequence randomSequence(Sequence.Builder builder, SplittableRandom random) {
        String type = pick(random, Sequence.DATA_TYPES);
        long increment = pick(random, List.of(1L, 1L, 5L, -1L, -3L));
        builder.dataType(type).increment(increment).minValue(null).maxValue(null)
                .cache(chance(random, 30) ? 1 + random.nextInt(20) : 1).cycle(chance(random, 20));
        if (chance(random, 30)) {
            builder.minValue(increment > 0 ? (long) random.nextInt(100) : -30000L + random.nextInt(100));
        }
        if (chance(random, 30)) {
            builder.maxValue(increment > 0 ? 1000L + random.nextInt(30000) : -1L - random.nextInt(100));
        }
        Sequence plain = builder.build();
        if (chance(random, 30)) {
            long start = plain.min() + random.nextInt(50);
            if (start <= plain.max()) {
                return plain.toBuilder().start(start).build();
            }
        }
        return plain;
    }

    /**
     * Makes {@code column} (integer or bigint) a {@code serial} or {@code bigserial} column: a sequence of the column's
     * type owned by it, its default {@code nextval} of that sequence, NOT NULL. Its options are PostgreSQL's for a
     * serial now and then other ones that every value rows get from it stays within (ascending, from 1).
     */
    static Sequence makeSerial(SchemaDraft draft, TableDraft table, ColumnDraft column, SplittableRandom random) {
        QualifiedName name = new QualifiedName(table.name.schema(),
                draft.freeSequenceName(table.name.schema(), table.name.name(), column.name));
        Sequence sequence = serialSequence(Sequence.builder(name).dataType(column.type.name()), random)
                .toBuilder().ownedBy(table.name, column.name).build();
        draft.sequences.add(sequence);
        column.defaultExpression = SchemaDraft.nextval(name);
        column.identity = null;
        column.generated = null;
        column.nullable = false;
        return sequence;
    }

    /** Options of a serial's sequence: PostgreSQL's defaults, or an increment, cache, cycle, start 1 and high bounds. */
    static Sequence serialSequence(Sequence.Builder builder, SplittableRandom random) {
        if (chance(random, 50)) {
            return builder.build();
        }
        builder.increment(pick(random, List.of(1L, 2L, 5L))).cache(chance(random, 50) ? 1 : 1 + random.nextInt(20))
                .cycle(chance(random, 20)).minValue(chance(random, 50) ? null : 0L)
                .maxValue(chance(random, 50) ? null : 20_000L + random.nextInt(10_000));
        return builder.build();
    }

    static Identity randomIdentity(SplittableRandom random) {
        boolean always = random.nextBoolean();
        Identity identity = switch (random.nextInt(4)) {
            case 0 -> new Identity(always, 100, 1);
            case 1 -> new Identity(always, 1, 5);
            case 2 -> new Identity(always, -1, -1);
            default -> new Identity(always, 1, 1);
        };
        return chance(random, 35) ? randomIdentityOptions(identity, random) : identity;
    }

    /**
     * The identity with other bounds, cache and cycle, none of them PostgreSQL's default. The bounds lie beyond every
     * start the generator and its edits give (1, 100, 500 up; -1, -500 down) and beyond where the sequence has got
     * to, so no alter and no renumbering of existing rows falls outside them: a MINVALUE at or below 0 going up, a
     * MAXVALUE at or above 0 going down.
     */
    static Identity randomIdentityOptions(Identity identity, SplittableRandom random) {
        Identity.Builder builder = identity.toBuilder().cache(random.nextBoolean() ? 1 : 1 + random.nextInt(20))
                .cycle(random.nextBoolean());
        if (identity.increment() > 0) {
            builder.minValue(random.nextBoolean() ? null : (long) -random.nextInt(50));
        } else {
            builder.maxValue(random.nextBoolean() ? null : (long) random.nextInt(50));
        }
        return builder.build();
    }

    static ColumnType randomType(SchemaDraft draft, SplittableRandom random) {
        // a draw only where the extension is declared, so that other seeds keep their types
        if (draft.extensions.containsKey("citext") && chance(random, 10)) {
            return Types.CITEXT;
        }
        if (!draft.enums.isEmpty() && chance(random, 20)) {
            ColumnType type = ColumnType.userType(pick(random, draft.enums).name);
            return chance(random, 20) ? type.arrayOf() : type;
        }
        return switch (random.nextInt(20)) {
            case 0 -> Types.INTEGER;
            case 1 -> Types.BIGINT;
            case 2 -> Types.SMALLINT;
            case 3 -> Types.BOOLEAN;
            case 4 -> Types.DOUBLE;
            case 5 -> Types.REAL;
            case 6 -> random.nextBoolean() ? Types.NUMERIC : Types.numeric(10, 2);
            case 7, 8 -> Types.TEXT;
            case 9 -> Types.varchar(pick(random, Types.VARCHAR_LENGTHS));
            case 10 -> Types.UUID;
            case 11 -> Types.TIMESTAMPTZ;
            case 12 -> Types.TIMESTAMP;
            case 13 -> Types.DATE;
            case 14 -> Types.TIME;
            case 15 -> Types.BYTEA;
            case 16 -> Types.JSONB;
            case 17 -> Types.INTEGER.arrayOf();
            case 18 -> Types.TEXT.arrayOf();
            default -> Types.varchar(pick(random, Types.VARCHAR_LENGTHS)).arrayOf();
        };
    }

    static String randomDefault(SchemaDraft draft, ColumnType type, SplittableRandom random) {
        List<String> defaults = Types.defaults(type, draft.labelsOf(type));
        return defaults.isEmpty() ? null : pick(random, defaults);
    }

    static ColumnDraft newColumn(SchemaDraft draft, TableDraft table, SplittableRandom random) {
        String name = table.freshColumnName(pick(random, COLUMN_NAMES));
        ColumnDraft column = new ColumnDraft(name, null, randomType(draft, random), random.nextBoolean());
        if (chance(random, 30)) {
            column.defaultExpression = randomDefault(draft, column.type, random);
        }
        if (chance(random, 15)) {
            column.comment = pick(random, COMMENTS);
        }
        if (Types.isCollatable(column.type) && chance(random, 50)) {
            column.collation = pick(random, Types.COLLATIONS);
        }
        table.columns.add(column);
        return column;
    }

    /** A citext column, often under a unique constraint or a unique index (values then differ in more than case). */
    static ColumnDraft newCitextColumn(SchemaDraft draft, TableDraft table, SplittableRandom random) {
        ColumnDraft column = new ColumnDraft(table.freshColumnName(pick(random, List.of("email", "code", "name"))),
                null, Types.CITEXT, random.nextBoolean());
        if (chance(random, 20)) {
            column.defaultExpression = randomDefault(draft, column.type, random);
        }
        table.columns.add(column);
        if (chance(random, 50)) {
            table.uniques.add(new ArrayList<>(List.of(column.name)));
        } else if (chance(random, 40)) {
            table.indexes.add(new IndexDraft(List.of(new Expr(column.name, null)), true, IndexMethod.BTREE, null));
        }
        return column;
    }

    /** Makes a plain integral column an identity column; false when there is none. */
    static boolean addIdentity(TableDraft table, SplittableRandom random) {
        List<ColumnDraft> candidates = table.columns.stream()
                .filter(c -> Types.isIntegral(c.type) && c.identity == null && c.generated == null && !c.serial()
                        && !table.usedByExpressionOrIndex(c.name) && !inForeignKey(table, c.name))
                .toList();
        if (candidates.isEmpty() || table.hasIdentity()) {
            return false;
        }
        ColumnDraft column = pick(random, candidates);
        column.identity = randomIdentity(random);
        column.defaultExpression = null;
        column.nullable = false;
        return true;
    }

    static boolean inForeignKey(TableDraft table, String column) {
        return table.foreignKeys.stream().anyMatch(fk -> fk.columns.contains(column));
    }

    static ColumnDraft newGeneratedColumn(TableDraft table, SplittableRandom random) {
        List<ColumnDraft> bases = table.columns.stream()
                .filter(c -> c.generated == null && c.identity == null && c.type.dimensions() == 0
                        && (c.type.equals(Types.INTEGER) || c.type.equals(Types.BIGINT) || c.type.equals(Types.TEXT)))
                .toList();
        if (bases.isEmpty()) {
            return null;
        }
        ColumnDraft base = pick(random, bases);
        Template template = Types.isTextual(base.type)
                ? (random.nextBoolean() ? Template.LOWER : Template.UPPER)
                : (random.nextBoolean() ? Template.PLUS_ONE : Template.TIMES_TWO);
        ColumnDraft column = new ColumnDraft(table.freshColumnName(base.name + "_derived"), null, base.type,
                random.nextBoolean());
        column.generated = new Expr(base.name, template);
        table.columns.add(column);
        return column;
    }

    static boolean newUnique(TableDraft table, SplittableRandom random) {
        List<String> candidates = table.columns.stream().filter(c -> Types.isKeyable(c.type)).map(c -> c.name).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        List<String> columns = new ArrayList<>(List.of(pick(random, candidates)));
        if (candidates.size() > 1 && chance(random, 30)) {
            String second = pick(random, candidates);
            if (!columns.contains(second)) {
                columns.add(second);
            }
        }
        if (table.isKeySet(columns)) {
            return false;
        }
        table.uniques.add(columns);
        return true;
    }

    static boolean newCheck(TableDraft table, SplittableRandom random) {
        List<ColumnDraft> candidates = table.columns.stream()
                .filter(c -> c.type.dimensions() == 0 && (Types.isNumber(c.type) || Types.isTextual(c.type)))
                .toList();
        if (candidates.isEmpty()) {
            return false;
        }
        ColumnDraft column = pick(random, candidates);
        Template template = Types.isTextual(column.type) ? Template.NOT_EMPTY
                : (random.nextBoolean() ? Template.POSITIVE : Template.NON_NEGATIVE);
        Expr check = new Expr(column.name, template);
        if (table.checks.contains(check)) {
            return false;
        }
        table.checks.add(check);
        if (chance(random, 20)) {
            table.notValidChecks.add(check);
        }
        return true;
    }

    static boolean newIndex(TableDraft table, SplittableRandom random) {
        IndexDraft index = randomIndex(table, random);
        if (index == null || table.indexes.stream().anyMatch(i -> i.shape().equals(index.shape()))) {
            return false;
        }
        table.indexes.add(index);
        return true;
    }

    static IndexDraft randomIndex(TableDraft table, SplittableRandom random) {
        IndexMethod method = switch (random.nextInt(10)) {
            case 0 -> IndexMethod.HASH;
            case 1 -> IndexMethod.GIN;
            case 2 -> IndexMethod.BRIN;
            case 3 -> IndexMethod.SPGIST;
            default -> IndexMethod.BTREE;
        };
        List<ColumnDraft> fitting = table.columns.stream().filter(c -> Types.supports(method, c.type)).toList();
        List<ColumnDraft> texts = table.columns.stream()
                .filter(c -> c.type.dimensions() == 0 && Types.isTextual(c.type)).toList();
        List<Expr> keys = new ArrayList<>();
        boolean unique = false;
        if (method == IndexMethod.BTREE && !texts.isEmpty() && chance(random, 20)) {
            keys.add(new Expr(pick(random, texts).name, Template.LOWER));
        } else {
            if (fitting.isEmpty()) {
                return null;
            }
            keys.add(new Expr(pick(random, fitting).name, null));
            if (method == IndexMethod.BTREE && fitting.size() > 1 && chance(random, 35)) {
                Expr second = new Expr(pick(random, fitting).name, null);
                if (!keys.contains(second)) {
                    keys.add(second);
                }
            }
        }
        if (method == IndexMethod.BTREE) {
            unique = chance(random, 25);
        }
        String where = null;
        List<ColumnDraft> nullable = table.columns.stream()
                .filter(c -> c.nullable && !Types.isEnum(c.type)).toList();
        if (!nullable.isEmpty() && chance(random, 25)) {
            where = pick(random, nullable).name;
        }
        IndexDraft index = new IndexDraft(keys, unique, method, where);
        if (chance(random, 30)) {
            addOptions(table, index, random);
        }
        return index;
    }

    /**
     * Gives the index some of the options the model describes: on btree keys DESC, NULLS FIRST/LAST, the
     * operator class text_pattern_ops and the collation "C" or "POSIX" (text keys); INCLUDE columns, NULLS NOT
     * DISTINCT (a unique index, on a server that has it) and a fillfactor.
     */
    static void addOptions(TableDraft table, IndexDraft index, SplittableRandom random) {
        if (index.method == IndexMethod.BTREE) {
            for (int i = 0; i < index.keys.size(); i++) {
                if (!chance(random, 50)) {
                    continue;
                }
                SchemaDraft.Expr key = index.keys.get(i);
                ColumnType type = table.columnOrFail(key.column()).type;
                boolean text = key.template() != null || Types.isTextual(type);
                String opclass = text && chance(random, 30) ? "text_pattern_ops" : null;
                String collation = key.template() == null && text && opclass == null && chance(random, 30)
                        ? (random.nextBoolean() ? "C" : "POSIX") : null;
                index.setOption(i, new SchemaDraft.KeyOptions(random.nextBoolean(),
                        IndexKey.Nulls.values()[random.nextInt(3)], opclass, collation));
            }
            List<String> others = table.columns.stream().map(c -> c.name)
                    .filter(c -> index.keys.stream().noneMatch(k -> k.column().equals(c))).toList();
            if (!others.isEmpty() && chance(random, 30)) {
                index.include.add(pick(random, others));
            }
            index.nullsNotDistinct = index.unique && chance(random, 40) && serverHasNullsNotDistinct();
        }
        // fillfactor is a parameter of btree, hash, gist and spgist (gin and brin have others)
        if (index.method != IndexMethod.GIN && index.method != IndexMethod.BRIN && chance(random, 30)) {
            index.fillfactor = 50 + random.nextInt(51);
        }
    }

    /**
     * Declares btree_gist (gist operator classes for integers, so {@code EXCLUDE USING gist (a WITH =)} works) at
     * the version the test server installs, read from it; not declared without a server to ask.
     */
    static boolean declareBtreeGist(SchemaDraft draft) {
        if (draft.extensions.containsKey("btree_gist") || BtreeGist.VERSION == null) {
            return false;
        }
        draft.extensions.put("btree_gist", new dev.shale.model.Extension("btree_gist", "public", BtreeGist.VERSION));
        return true;
    }

    private static final class BtreeGist {
        static final String VERSION = version();

        private static String version() {
            if (System.getenv(PostgresServer.URL_VARIABLE) == null && PostgresServer.requestedMajor() == null) {
                return null;
            }
            try (java.sql.Connection connection = PostgresServer.shared().connectAdmin();
                 java.sql.Statement statement = connection.createStatement();
                 java.sql.ResultSet rows = statement.executeQuery(
                         "SELECT default_version FROM pg_available_extensions WHERE name = 'btree_gist'")) {
                return rows.next() ? rows.getString(1) : null;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot ask the test server for btree_gist's version", e);
            }
        }
    }

    /**
     * Adds an exclusion constraint comparing plain columns with {@code =}: btree over one integer, bigint or text
     * column, or (where btree_gist is declared) gist over one or two integer or bigint columns; sometimes partial,
     * covering, with a fillfactor or deferrable. With {@code keysOnly} its columns are those of a key of the table
     * (the table may hold rows, which a key keeps distinct; an exclusion has no pre-flight).
     */
    static boolean newExclusion(SchemaDraft draft, TableDraft table, SplittableRandom random, boolean keysOnly) {
        IndexMethod method = draft.extensions.containsKey("btree_gist") && chance(random, 50)
                ? IndexMethod.GIST : IndexMethod.BTREE;
        List<String> columns;
        if (keysOnly) {
            List<List<String>> keys = table.referenceableKeys().stream()
                    .filter(k -> (k.size() == 1 || method == IndexMethod.GIST) && k.stream().allMatch(
                            c -> SchemaDraft.exclusionType(table.columnOrFail(c).type, method))).toList();
            if (keys.isEmpty()) {
                return false;
            }
            columns = new ArrayList<>(pick(random, keys));
        } else {
            List<String> candidates = table.columns.stream()
                    .filter(c -> SchemaDraft.exclusionType(c.type, method)).map(c -> c.name).toList();
            if (candidates.isEmpty()) {
                return false;
            }
            columns = new ArrayList<>(List.of(pick(random, candidates)));
            if (method == IndexMethod.GIST && candidates.size() > 1 && chance(random, 50)) {
                String second = pick(random, candidates);
                if (!columns.contains(second)) {
                    columns.add(second);
                }
            }
        }
        if (table.exclusions.stream().anyMatch(x -> x.columns.equals(columns) && x.method == method)) {
            return false;
        }
        SchemaDraft.ExclusionDraft exclusion = new SchemaDraft.ExclusionDraft(columns, method);
        List<String> others = table.columns.stream().map(c -> c.name).filter(c -> !columns.contains(c)).toList();
        if (chance(random, 20)) {
            List<String> predicates = table.columns.stream().filter(c -> !Types.isEnum(c.type)).map(c -> c.name)
                    .toList();
            exclusion.whereColumn = predicates.isEmpty() ? null : pick(random, predicates);
        }
        if (!others.isEmpty() && chance(random, 20)) {
            exclusion.include.add(pick(random, others));
        }
        if (chance(random, 20)) {
            exclusion.fillfactor = 50 + random.nextInt(51);
        }
        if (chance(random, 20)) {
            exclusion.deferrability = random.nextBoolean() ? Deferrability.DEFERRABLE : Deferrability.INITIALLY_DEFERRED;
        }
        table.exclusions.add(exclusion);
        return true;
    }

    /**
     * Gives the primary key or a unique constraint of the table options it has not: an INCLUDE column, NULLS NOT
     * DISTINCT (a unique constraint, PostgreSQL 15 and later) or a fillfactor; or, when it has some, often none.
     * The description of what changed, or null when the table has no key.
     */
    static String newKeyOptions(TableDraft table, SplittableRandom random) {
        List<List<String>> keys = table.referenceableKeys();
        if (keys.isEmpty()) {
            return null;
        }
        List<String> key = pick(random, keys);
        dev.shale.model.KeyOptions before = table.options(key);
        dev.shale.model.KeyOptions after = before;
        if (!before.isNone() && chance(random, 40)) {
            after = dev.shale.model.KeyOptions.NONE;
        } else {
            List<String> others = table.columns.stream().map(c -> c.name).filter(c -> !key.contains(c)).toList();
            switch (random.nextInt(3)) {
                case 0 -> after = others.isEmpty() ? before
                        : before.withInclude(before.include().isEmpty() ? List.of(pick(random, others)) : List.of());
                case 1 -> after = key != table.primaryKey && serverHasNullsNotDistinct()
                        ? before.withNullsNotDistinct(!before.nullsNotDistinct()) : before;
                default -> after = before.storage().isEmpty()
                        ? before.withStorage("fillfactor", String.valueOf(50 + random.nextInt(51)))
                        : before.withStorage(java.util.Map.of());
            }
        }
        if (after.equals(before)) {
            return null;
        }
        if (after.isNone()) {
            table.keyOptions.remove(key);
        } else {
            table.keyOptions.put(key, after);
        }
        return (key == table.primaryKey ? "primary key " : "unique ") + key + " of " + table.name + " options: "
                + describe(before) + " -> " + describe(after);
    }

    private static String describe(dev.shale.model.KeyOptions options) {
        return options.isNone() ? "none" : "include " + options.include()
                + (options.nullsNotDistinct() ? " nulls not distinct" : "") + " " + options.storage();
    }

    /**
     * Whether the test server has NULLS NOT DISTINCT (PostgreSQL 15 and later): the version
     * {@code -Dshale.test.postgres} asks for, else the server's when one is configured, else no.
     */
    static boolean serverHasNullsNotDistinct() {
        return NullsNotDistinct.SUPPORTED;
    }

    private static final class NullsNotDistinct {
        static final boolean SUPPORTED = supported();

        private static boolean supported() {
            Integer requested = PostgresServer.requestedMajor();
            if (requested != null) {
                return requested >= 15;
            }
            return System.getenv(PostgresServer.URL_VARIABLE) != null && PostgresServer.shared().major() >= 15;
        }
    }

    /** Adds an FK from {@code table} to a key of some table (maybe itself), with new or matching columns. */
    static boolean newForeignKey(SchemaDraft draft, TableDraft table, SplittableRandom random) {
        // a logged table may refer only to logged tables
        List<TableDraft> targets = draft.tables.stream().filter(t -> !t.referenceableKeys().isEmpty())
                .filter(t -> table.unlogged || !t.unlogged).toList();
        if (targets.isEmpty()) {
            return false;
        }
        TableDraft target = pick(random, targets);
        List<String> key = pick(random, target.referenceableKeys());
        List<String> columns = new ArrayList<>();
        for (String referenced : key) {
            ColumnDraft ref = target.columnOrFail(referenced);
            List<ColumnDraft> reusable = table.columns.stream()
                    .filter(c -> c.type.equals(ref.type) && c.generated == null && c.identity == null && !c.serial()
                            && !columns.contains(c.name) && !(table == target && key.contains(c.name)))
                    .toList();
            if (!reusable.isEmpty() && chance(random, 30)) {
                columns.add(pick(random, reusable).name);
                continue;
            }
            String base = target.name.name().length() > 20 ? "ref" : target.name.name();
            ColumnDraft column = new ColumnDraft(table.freshColumnName(Identifiers.objectName(base, referenced, null)),
                    null, ref.type, chance(random, 60));
            if (chance(random, 20)) {
                column.defaultExpression = randomDefault(draft, column.type, random);
            }
            table.columns.add(column);
            columns.add(column.name);
        }
        if (table.foreignKeys.stream().anyMatch(fk -> fk.columns.equals(columns) && fk.target.equals(target.name))) {
            return false;
        }
        ForeignKeyDraft fk = new ForeignKeyDraft(columns, target.name, key, pick(random, ACTIONS),
                pick(random, ACTIONS));
        if (chance(random, 15)) {
            fk.deferrability = pick(random, List.of(Deferrability.DEFERRABLE, Deferrability.INITIALLY_DEFERRED));
        }
        fk.notValid = chance(random, 15);
        table.foreignKeys.add(fk);
        draft.settle();
        return true;
    }
}
