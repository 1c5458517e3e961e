package dev.shale.snapshot;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.NameRules;
import dev.shale.model.KeyOptions;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.sql.SqlExpression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded random schema models for snapshot tests: every model field, set and unset, with text that needs
 * JSON escaping (quotes, backslashes, control characters, non-ASCII, surrogates) in comments and type names, and
 * names and expressions a snapshot may carry ({@link NameRules}, {@link SqlExpression}): names with quotes,
 * backslashes, spaces, non-ASCII, and expressions quoting them. Not a valid database design: only the model's
 * own invariants and those two rules are kept.
 */
final class RandomModels {

    private static final String[] WORDS = {"users", "id", "email", "role", "tickets", "a", "x_1", "order", "Ünïcode",
        "名前", "with space", "quo\"te", "back\\slash", "new\nline", "tab\tbed", "nul\u0000l", "bell\u0007",
        "esc\u001b", "del\u007f", "sep\u2028", "emoji\uD83D\uDE00", "lone\uD800", "slash/", "", "'single'"};

    /** The words a name may be: not blank, no control character or lone surrogate. */
    private static final String[] NAMES = Arrays.stream(WORDS).filter(w -> NameRules.problem(w) == null)
            .toArray(String[]::new);

    private static final String[] TYPES = {"integer", "bigint", "text", "varchar", "numeric", "uuid", "timestamptz",
        "jsonb", "boolean", "double precision"};

    private final Random random;

    RandomModels(long seed) {
        this.random = new Random(seed);
    }

    /** A small model, with every optional part present or absent at random. */
    SchemaModel model() {
        List<String> schemas = list(3, this::nameWord);
        List<EnumType> enums = list(3, () -> new EnumType(name(), list(4, this::nameWord), maybe(this::word)));
        List<String> tableNames = new ArrayList<>();
        List<Table> tables = list(4, () -> {
            String name = nameWord() + tableNames.size();
            tableNames.add(name);
            return table(new QualifiedName(nameWord(), name), 1 + random.nextInt(6), tableNames);
        });
        return new SchemaModel(schemas, enums, tables);
    }

    /**
     * A model the size of a large application: {@code tables} tables of {@code columns} columns, each with a
     * comment, a primary key, a foreign key to an earlier table, two indexes and a check.
     */
    static SchemaModel large(int tables, int columns, long seed) {
        Random random = new Random(seed);
        List<Table> out = new ArrayList<>(tables);
        for (int t = 0; t < tables; t++) {
            String name = String.format("table_%04d", t);
            List<Column> cols = new ArrayList<>(columns);
            cols.add(Column.builder("id", ColumnType.builtIn("bigint")).notNull().identity(Identity.ALWAYS)
                    .comment("primary key").build());
            cols.add(Column.of("parent_id", ColumnType.builtIn("bigint"), t == 0));
            for (int c = 2; c < columns; c++) {
                ColumnType type = switch (random.nextInt(5)) {
                    case 0 -> ColumnType.builtIn("varchar", 255);
                    case 1 -> ColumnType.builtIn("numeric", 12, 2);
                    case 2 -> ColumnType.builtIn("text").arrayOf();
                    case 3 -> ColumnType.builtIn("timestamptz");
                    default -> ColumnType.builtIn("integer");
                };
                cols.add(Column.builder("column_" + c, type).nullable(random.nextBoolean())
                        .defaultExpression(random.nextInt(4) == 0 ? "0" : null)
                        .comment(random.nextInt(3) == 0 ? "what column " + c + " of " + name + " holds" : null)
                        .build());
            }
            String parent = String.format("table_%04d", t == 0 ? 0 : random.nextInt(t));
            out.add(Table.builder(QualifiedName.of(name)).columns(cols).primaryKey(name + "_pkey", "id")
                    .check(name + "_column_2_check", "column_2 IS NOT NULL OR parent_id > 0")
                    .foreignKey(ForeignKey.builder(name + "_parent_id_fkey", QualifiedName.of(parent))
                            .columns("parent_id").referencedColumns("id").onDelete(ReferentialAction.CASCADE))
                    .index(Index.builder(name + "_parent_id_idx").columns("parent_id"))
                    .index(Index.builder(name + "_lower_idx").expression("lower(column_2::text)")
                            .where("parent_id IS NOT NULL"))
                    .comment("table " + t + " of a large schema")
                    .build());
        }
        return SchemaModel.builder().tables(out).build();
    }

    private Table table(QualifiedName name, int columnCount, List<String> tableNames) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < columnCount; i++) {
            columns.add(column());
        }
        List<String> columnNames = columns.stream().map(Column::name).toList();
        return new Table(name, columns,
                maybe(() -> new PrimaryKey(nameWord(), some(columnNames), pick(Deferrability.values()),
                        keyOptions(false))),
                list(3, () -> new UniqueConstraint(nameWord(), some(columnNames), pick(Deferrability.values()),
                        keyOptions(true))),
                list(3, () -> new CheckConstraint(nameWord(), quotedWord() + " > 0", random.nextBoolean(),
                        random.nextBoolean())),
                list(3, () -> new ForeignKey(nameWord(), some(columnNames),
                        new QualifiedName(word(), tableNames.get(random.nextInt(tableNames.size()))),
                        list(2, this::word), pick(ReferentialAction.values()), pick(ReferentialAction.values()),
                        pick(Deferrability.values()), random.nextBoolean())),
                list(3, this::index),
                maybe(this::word), random.nextBoolean(), pick(new ReplicaIdentity[] {ReplicaIdentity.DEFAULT,
                        ReplicaIdentity.FULL, ReplicaIdentity.NOTHING, ReplicaIdentity.usingIndex(nameWord())}),
                list(2, this::exclusion));
    }

    private ExclusionConstraint exclusion() {
        ExclusionConstraint.Builder exclusion = ExclusionConstraint.builder(nameWord())
                .method(pick(new IndexMethod[] {IndexMethod.GIST, IndexMethod.SPGIST, IndexMethod.BTREE}))
                .element(new ExclusionElement(indexKey(), pick(new String[] {"=", "&&", "<>", "OPERATOR(extra.=)"})))
                .where(maybe(() -> quotedWord() + " IS NOT NULL"))
                .deferrability(pick(Deferrability.values()));
        if (random.nextBoolean()) {
            exclusion.element(ExclusionElement.column(word(), "&&"));
        }
        if (random.nextInt(4) == 0) {
            exclusion.method(IndexMethod.GIST).include(list(2, this::word));
        }
        if (random.nextInt(4) == 0) {
            exclusion.storage("fillfactor", String.valueOf(10 + random.nextInt(91)));
        }
        return exclusion.build();
    }

    private Column column() {
        String defaultExpression = null;
        Identity identity = null;
        String generated = null;
        switch (random.nextInt(5)) {
            case 0 -> defaultExpression = random.nextBoolean() ? quotedWord() : Identifiers.literal(word());
            case 1 -> identity = identity();
            case 2 -> generated = quotedWord() + " * 2";
            default -> {
            }
        }
        ColumnType type = type();
        String collation = Column.collatable(type) && random.nextInt(4) == 0
                ? pick(new String[] {"\"C\"", "\"POSIX\"", "ucs_basic", "\"en_US.utf8\"", "extra.\"x\""})
                : null;
        return new Column(nameWord(), type, random.nextBoolean(), defaultExpression, identity, generated,
                maybe(this::word), collation);
    }

    private ColumnType type() {
        List<Integer> modifiers = list(2, () -> random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(1000));
        int dimensions = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
        return random.nextInt(4) == 0
                ? new ColumnType(word(), word(), modifiers, dimensions)
                : new ColumnType(null, pick(TYPES), modifiers, dimensions);
    }

    /** Options of a key's index, most often none; NULLS NOT DISTINCT only when {@code unique}. */
    private KeyOptions keyOptions(boolean unique) {
        KeyOptions options = KeyOptions.NONE;
        if (random.nextInt(4) == 0) {
            options = options.withInclude(List.of("inc_" + word()));
        }
        if (unique && random.nextInt(4) == 0) {
            options = options.withNullsNotDistinct(true);
        }
        if (random.nextInt(4) == 0) {
            options = options.withStorage("fillfactor", String.valueOf(10 + random.nextInt(91)));
        }
        return options;
    }

    private Index index() {
        boolean unique = random.nextBoolean();
        IndexMethod method = pick(IndexMethod.values());
        Index.Builder index = Index.builder(nameWord()).keys(list(3, this::indexKey)).unique(unique).method(method)
                .where(maybe(() -> quotedWord() + " IS NOT NULL"));
        if (random.nextInt(4) == 0 && (method == IndexMethod.BTREE || method == IndexMethod.GIST)) {
            index.include(list(2, this::word));
        }
        if (unique && random.nextInt(4) == 0) {
            index.nullsNotDistinct(true);
        }
        if (random.nextInt(4) == 0) {
            index.storage("fillfactor", String.valueOf(10 + random.nextInt(91)));
        }
        return index.build();
    }

    private IndexKey indexKey() {
        IndexKey key = random.nextBoolean() ? IndexKey.column(word()) : IndexKey.expression("lower(" + quotedWord() + ")");
        if (random.nextInt(4) == 0) {
            key = key.withDescending(random.nextBoolean()).withNulls(pick(IndexKey.Nulls.values()));
        }
        if (random.nextInt(5) == 0) {
            key = key.withOpclass("text_pattern_ops");
        }
        if (!key.expression() && random.nextInt(5) == 0) {
            key = key.withCollation(random.nextBoolean() ? "C" : "en-x-icu");
        }
        return key;
    }

    private QualifiedName name() {
        return new QualifiedName(nameWord(), nameWord());
    }

    private long number() {
        return switch (random.nextInt(4)) {
            case 0 -> Long.MIN_VALUE;
            case 1 -> Long.MAX_VALUE;
            case 2 -> random.nextLong();
            default -> random.nextInt(200) - 100;
        };
    }

    /** An identity, with bounds around its start, a cache and a cycle now and then. */
    private Identity identity() {
        long start = number();
        Long minValue = null;
        Long maxValue = null;
        if (random.nextInt(3) == 0) {
            minValue = start > Long.MIN_VALUE + 1000 ? start - random.nextInt(1000) : null;
            maxValue = start < Long.MAX_VALUE - 1000 ? start + 1 + random.nextInt(1000) : null;
        }
        return new Identity(random.nextBoolean(), start, nonZero(), minValue, maxValue,
                random.nextInt(3) == 0 ? 1 + random.nextInt(50) : 1, random.nextInt(4) == 0);
    }

    private long nonZero() {
        long n = number();
        return n == 0 ? 1 : n;
    }

    private String word() {
        String word = WORDS[random.nextInt(WORDS.length)];
        return random.nextInt(3) == 0 ? word + random.nextInt(100) : word;
    }

    /** A word a name may be, sometimes with a number after it. */
    private String nameWord() {
        String word = NAMES[random.nextInt(NAMES.length)];
        return random.nextInt(3) == 0 ? word + random.nextInt(100) : word;
    }

    /** A name as an expression refers to it: quoted when it must be. */
    private String quotedWord() {
        return Identifiers.quote(nameWord());
    }

    private List<String> some(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (random.nextInt(3) == 0) {
                out.add(n);
            }
        }
        return out;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T maybe(java.util.function.Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    /** Up to {@code max} values; empty about a third of the time. */
    private <T> List<T> list(int max, java.util.function.Supplier<T> value) {
        int n = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(value.get());
        }
        return out;
    }
}
