package dev.shale.testing;

import static dev.shale.testing.RandomSchemas.chance;
import static dev.shale.testing.RandomSchemas.pick;

import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.Identifiers;
import dev.shale.model.Identity;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Sequence;
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
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Random edits of a model made by {@link RandomSchemas}: 1 to 4 of every kind Shale must migrate (tables,
 * schemas, columns, types, nullability, defaults, identity, serial columns and their sequences, citext columns and
 * text/citext type changes, generated expressions, keys, checks, FKs, indexes, enum values and types, comments),
 * with the {@link RenameHints} a developer would declare for the renames.
 * The edited model is valid: references are kept whole, and dropping something drops what depends on it.
 */
public final class RandomEdits {

    /** The pair to migrate between, the renames to declare, and what was done, for messages. */
    public record Edit(SchemaModel from, SchemaModel to, RenameHints renames, List<String> edits) {
        public Edit {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(renames, "renames");
            edits = List.copyOf(edits);
        }
    }

    /** The kinds of edit, each applied to a draft; an edit that does not apply returns null. */
    enum Kind {
        ADD_TABLE(RandomEdits::addTable), DROP_TABLE(RandomEdits::dropTable), RENAME_TABLE(RandomEdits::renameTable),
        MOVE_TABLE(RandomEdits::moveTable), ADD_SCHEMA(RandomEdits::addSchema), DROP_SCHEMA(RandomEdits::dropSchema),
        ADD_COLUMN(RandomEdits::addColumn), DROP_COLUMN(RandomEdits::dropColumn),
        RENAME_COLUMN(RandomEdits::renameColumn), CHANGE_TYPE(RandomEdits::changeType),
        TOGGLE_NULLABLE(RandomEdits::toggleNullable), CHANGE_DEFAULT(RandomEdits::changeDefault),
        IDENTITY(RandomEdits::identity), GENERATED(RandomEdits::generated), PRIMARY_KEY(RandomEdits::primaryKey),
        UNIQUE(RandomEdits::unique), CHECK(RandomEdits::check), FOREIGN_KEY(RandomEdits::foreignKey),
        INDEX(RandomEdits::index), ENUM_ADD_VALUE(RandomEdits::enumAddValue),
        ENUM_RENAME_VALUE(RandomEdits::enumRenameValue), ENUM_REMOVE_VALUE(RandomEdits::enumRemoveValue),
        ENUM_REORDER(RandomEdits::enumReorder), ENUM_CREATE(RandomEdits::enumCreate), ENUM_DROP(RandomEdits::enumDrop),
        ENUM_RENAME(RandomEdits::enumRename), COMMENT(RandomEdits::comment), COLLATION(RandomEdits::collation),
        TABLE_STATE(RandomEdits::tableState), SERIAL(RandomEdits::serial), CITEXT(RandomEdits::citext),
        EXCLUSION(RandomEdits::exclusion), KEY_OPTIONS(RandomEdits::keyOptions);

        private final BiFunction<SchemaDraft, SplittableRandom, String> apply;

        Kind(BiFunction<SchemaDraft, SplittableRandom, String> apply) {
            this.apply = apply;
        }

        String apply(SchemaDraft draft, SplittableRandom random) {
            return apply.apply(draft, random);
        }
    }

    private static final List<Kind> KINDS = List.of(Kind.values());

    private RandomEdits() {
    }

    /** 1 to 4 random edits of {@code from}; never an edit that leaves the model as it was. */
    public static Edit edit(SchemaModel from, SplittableRandom random) {
        return edit(from, random, 1 + random.nextInt(4));
    }

    /** {@code count} random edits of {@code from} (at least one that changes something). */
    public static Edit edit(SchemaModel from, SplittableRandom random, int count) {
        SchemaDraft draft = SchemaDraft.of(from);
        List<String> done = new ArrayList<>();
        for (int attempt = 0; attempt < 500; attempt++) {
            if (done.size() >= count && !draft.toModel().equals(from)) {
                break;
            }
            String description = pick(random, KINDS).apply(draft, random);
            if (description != null) {
                fillEmptyTables(draft);
                draft.settle();
                done.add(description);
            }
        }
        // drawn after the others, so that a seed's other edits are what they were before sequences were edited
        if (chance(random, 15)) {
            String description = sequence(draft, random);
            if (description != null) {
                done.add(description);
            }
        }
        draft.settle();
        draft.validate();
        return new Edit(from, draft.toModel(), draft.renames(), done);
    }

    private static void fillEmptyTables(SchemaDraft draft) {
        for (TableDraft table : draft.tables) {
            if (table.columns.isEmpty()) {
                table.columns.add(new ColumnDraft(table.freshColumnName("note"), null, Types.TEXT, true));
            }
        }
    }

    // ---------------------------------------------------------------- standalone sequences

    /** Creates, drops or alters the options of a standalone sequence (never its current value). */
    private static String sequence(SchemaDraft draft, SplittableRandom random) {
        if (draft.sequences.isEmpty() || chance(random, 30)) {
            Sequence created = RandomSchemas.newSequence(draft, random);
            return created == null ? null : "create sequence " + created.name();
        }
        Sequence before = pick(random, draft.sequences);
        if (before.ownedBy() != null) {
            return ownedSequence(draft, before, random);
        }
        draft.sequences.remove(before);
        if (chance(random, 30)) {
            return "drop sequence " + before.name();
        }
        // the current value (never called: the start) must stay within the new bounds, or ALTER fails
        Sequence after = before.toBuilder().cache(before.cache() + 1).cycle(!before.cycle()).build();
        for (int attempt = 0; attempt < 20; attempt++) {
            Sequence candidate = RandomSchemas.randomSequence(Sequence.builder(before.name()), random);
            if (candidate.min() <= before.start() && before.start() <= candidate.max()) {
                after = candidate;
                break;
            }
        }
        if (after.equals(before)) {
            draft.sequences.add(before);
            return null;
        }
        draft.sequences.add(after);
        return "alter sequence " + before.name() + ": " + before + " -> " + after;
    }

    /** Drops a serial column with its sequence, or alters its sequence's options (values stay within them). */
    private static String ownedSequence(SchemaDraft draft, Sequence before, SplittableRandom random) {
        TableDraft table = draft.table(before.ownedBy().table()).orElseThrow();
        if (chance(random, 30) && table.columns.size() > 1) {
            draft.dropColumn(table, before.ownedBy().column());
            return "drop serial column " + table.name + "." + before.ownedBy().column() + " with " + before.name();
        }
        Sequence after = RandomSchemas.serialSequence(Sequence.builder(before.name()).dataType(before.dataType()),
                random).toBuilder().ownedBy(before.ownedBy()).build();
        if (after.min() > before.start()) {
            // a sequence never called is at its start: ALTER refuses bounds that leave it out
            after = after.toBuilder().minValue(before.start()).build();
        }
        if (after.sameOptions(before)) {
            after = after.toBuilder().cache(before.cache() + 1).build();
        }
        draft.sequences.set(draft.sequences.indexOf(before), after);
        return "alter sequence " + before.name() + " of a serial column: " + before + " -> " + after;
    }

    /** Adds a serial or bigserial column to a table (its rows get values), or alters or drops one. */
    private static String serial(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        List<Sequence> owned = draft.sequences.stream().filter(s -> s.ownedBy() != null
                && s.ownedBy().table().equals(table.name)).toList();
        if (!owned.isEmpty() && chance(random, 50)) {
            return ownedSequence(draft, pick(random, owned), random);
        }
        if (table.unlogged) {
            return null; // see SchemaDraft.ownsSequence
        }
        ColumnDraft column = new ColumnDraft(table.freshColumnName(pick(random, List.of("number", "seq_no", "counter"))),
                null, random.nextBoolean() ? Types.INTEGER : Types.BIGINT, false);
        table.columns.add(column);
        Sequence sequence = RandomSchemas.makeSerial(draft, table, column, random);
        return "add serial column " + table.name + "." + column.name + " " + column.type + " from " + sequence;
    }

    /**
     * Declares citext (with a citext column, often unique) where it is not yet declared; else adds a citext column,
     * or turns a text column into citext or a citext column into text (rows kept; under a unique key, rows that
     * differ only in case refuse the change).
     */
    private static String citext(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        if (!draft.extensions.containsKey("citext")) {
            draft.extensions.put("citext", new dev.shale.model.Extension("citext", "public", "1.6"));
            ColumnDraft column = RandomSchemas.newCitextColumn(draft, table, random);
            return "create extension citext and add citext column " + table.name + "." + column.name;
        }
        List<ColumnDraft> keyed = table.columns.stream().filter(c -> (Types.isTextual(c.type) || Types.isCitext(c.type))
                && c.type.dimensions() == 0 && c.generated == null && !RandomSchemas.inForeignKey(table, c.name)
                && !referenced(draft, table, c.name)
                && table.checks.stream().noneMatch(k -> k.column().equals(c.name))
                && table.columns.stream().noneMatch(g -> g.generated != null && g.generated.column().equals(c.name))
                && table.indexes.stream().noneMatch(i -> i.columns().contains(c.name) && (i.method != IndexMethod.BTREE
                        || i.keys.stream().anyMatch(k -> k.template() != null) || i.typeBoundColumns().contains(c.name))))
                .toList();
        if (keyed.isEmpty() || chance(random, 25)) {
            ColumnDraft column = RandomSchemas.newCitextColumn(draft, table, random);
            return "add citext column " + table.name + "." + column.name;
        }
        ColumnDraft column = pick(random, keyed);
        ColumnType from = column.type;
        column.type = Types.isCitext(from) ? Types.TEXT : Types.CITEXT;
        column.collation = null;
        if (Types.isCitext(column.type) && !table.isKeySet(List.of(column.name)) && chance(random, 50)) {
            table.uniques.add(new ArrayList<>(List.of(column.name)));
        }
        return "change type of " + table.name + "." + column.name + " from " + from + " to " + column.type
                + (table.isKeySet(List.of(column.name)) ? " (unique)" : "");
    }

    // ---------------------------------------------------------------- tables and schemas

    private static TableDraft anyTable(SchemaDraft draft, SplittableRandom random) {
        return draft.tables.isEmpty() ? null : pick(random, draft.tables);
    }

    private static String addTable(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = RandomSchemas.newTable(draft, random);
        if (table == null) {
            return null;
        }
        if (chance(random, 50)) {
            RandomSchemas.newForeignKey(draft, table, random);
        }
        return "add table " + table.name;
    }

    private static String dropTable(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        draft.dropTable(table);
        return "drop table " + table.name;
    }

    private static String renameTable(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        QualifiedName to = RandomSchemas.freeTableName(draft, table.name.schema(), random);
        if (to == null || !draft.renameTargetFree(to)) {
            return null;
        }
        QualifiedName from = table.name;
        draft.renameTable(table, to);
        return "rename table " + from + " to " + to;
    }

    private static String moveTable(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        List<String> others = draft.allSchemas().stream().filter(s -> !s.equals(table.name.schema())).toList();
        String schema;
        if (others.isEmpty() || chance(random, 20)) {
            List<String> free = RandomSchemas.SCHEMA_NAMES.stream().filter(s -> !draft.schemas.contains(s)).toList();
            if (free.isEmpty()) {
                return null;
            }
            schema = pick(random, free);
            draft.schemas.add(schema);
        } else {
            schema = pick(random, others);
        }
        QualifiedName to = new QualifiedName(schema, table.name.name());
        if (draft.nameTaken(to) || chance(random, 30)) {
            to = RandomSchemas.freeTableName(draft, schema, random);
            if (to == null) {
                return null;
            }
        }
        if (!draft.renameTargetFree(to)) {
            return null;
        }
        QualifiedName from = table.name;
        draft.renameTable(table, to);
        return "move table " + from + " to " + to;
    }

    private static String addSchema(SchemaDraft draft, SplittableRandom random) {
        List<String> free = RandomSchemas.SCHEMA_NAMES.stream().filter(s -> !draft.schemas.contains(s)).toList();
        if (free.isEmpty()) {
            return null;
        }
        String schema = pick(random, free);
        draft.schemas.add(schema);
        TableDraft table = anyTable(draft, random);
        if (table != null && chance(random, 50) && draft.renameTargetFree(new QualifiedName(schema, table.name.name()))) {
            QualifiedName from = table.name;
            draft.renameTable(table, new QualifiedName(schema, table.name.name()));
            return "add schema " + schema + " and move " + from + " into it";
        }
        return "add schema " + schema;
    }

    private static String dropSchema(SchemaDraft draft, SplittableRandom random) {
        if (draft.schemas.isEmpty()) {
            return null;
        }
        String schema = pick(random, List.copyOf(draft.schemas));
        draft.tables.stream().filter(t -> t.name.schema().equals(schema)).toList().forEach(draft::dropTable);
        draft.enums.stream().filter(e -> e.name.schema().equals(schema)).toList().forEach(draft::dropEnum);
        draft.schemas.remove(schema);
        return "drop schema " + schema + " with its tables and enums";
    }

    // ---------------------------------------------------------------- columns

    private static String addColumn(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        ColumnDraft column = null;
        if (chance(random, 15)) {
            column = RandomSchemas.newGeneratedColumn(table, random);
        } else if (chance(random, 10) && !table.hasIdentity()) {
            column = new ColumnDraft(table.freshColumnName("serial_no"), null,
                    random.nextBoolean() ? Types.INTEGER : Types.BIGINT, false);
            column.identity = RandomSchemas.randomIdentity(random);
            table.columns.add(column);
        }
        if (column == null) {
            column = RandomSchemas.newColumn(draft, table, random);
        }
        return "add column " + table.name + "." + column.name + " " + column.type
                + (column.nullable ? "" : " NOT NULL")
                + (column.defaultExpression == null ? "" : " DEFAULT " + column.defaultExpression)
                + (column.identity == null ? "" : " " + column.identity)
                + (column.generated == null ? "" : " AS (" + column.generated.sql() + ")");
    }

    private static String dropColumn(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null || table.columns.size() < 2) {
            return null;
        }
        ColumnDraft column = pick(random, table.columns);
        draft.dropColumn(table, column.name);
        return "drop column " + table.name + "." + column.name;
    }

    private static String renameColumn(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        ColumnDraft column = pick(random, table.columns);
        String from = column.name;
        String to = table.freshColumnName(pick(random, RandomSchemas.COLUMN_NAMES));
        draft.renameColumn(table, from, to);
        return "rename column " + table.name + "." + from + " to " + to;
    }

    private static boolean referenced(SchemaDraft draft, TableDraft table, String column) {
        return draft.tables.stream().flatMap(t -> t.foreignKeys.stream())
                .anyMatch(fk -> fk.target.equals(table.name) && fk.targetColumns.contains(column));
    }

    private static String changeType(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        List<ColumnDraft> candidates = table.columns.stream()
                .filter(c -> c.generated == null && !c.serial()
                        && table.columns.stream().noneMatch(g -> g.generated != null && g.generated.column().equals(c.name))
                        && table.indexes.stream().noneMatch(i -> i.method == IndexMethod.SPGIST && i.columns().contains(c.name))
                        && table.indexes.stream().noneMatch(i -> i.typeBoundColumns().contains(c.name)))
                .toList();
        if (candidates.isEmpty()) {
            return null;
        }
        ColumnDraft column = pick(random, candidates);
        boolean inForeignKey = RandomSchemas.inForeignKey(table, column.name) || referenced(draft, table, column.name);
        // a column an exclusion compares keeps its family, so that the exclusion often survives the change (the
        // differ drops and re-adds it around the new type); a type it cannot compare drops it (SchemaDraft.settle)
        boolean sameFamily = inForeignKey || column.identity != null
                || table.checks.stream().anyMatch(c -> c.column().equals(column.name))
                || table.exclusions.stream().anyMatch(x -> x.columns.contains(column.name))
                || table.indexes.stream().anyMatch(i -> i.columns().contains(column.name)
                        && (i.method != IndexMethod.BTREE || i.keys.stream().anyMatch(k -> k.template() != null)));
        if (Types.isEnum(column.type) && (inForeignKey || table.usedByExpressionOrIndex(column.name))) {
            return null;
        }
        List<ColumnType> alternatives = new ArrayList<>(Types.alternatives(column.type, sameFamily));
        // text and varchar become citext where the extension is declared: never under a foreign key (no equality
        // operator joins text and citext keys), a check or an expression index, whose templates are text's
        if (Types.isTextual(column.type) && !sameFamily && draft.extensions.containsKey("citext")
                && table.indexes.stream().noneMatch(i -> i.columns().contains(column.name) && i.method != IndexMethod.BTREE)) {
            alternatives.add(Types.CITEXT);
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        ColumnType from = column.type;
        column.type = pick(random, alternatives);
        if (!Types.isCollatable(column.type)) {
            column.collation = null;
        } else if (chance(random, 20)) {
            column.collation = nextCollation(column.collation, random);
        }
        List<String> defaults = Types.defaults(column.type, draft.labelsOf(column.type));
        if (column.defaultExpression != null && !defaults.contains(column.defaultExpression)) {
            column.defaultExpression = defaults.isEmpty() || chance(random, 50) ? null : pick(random, defaults);
        }
        return "change type of " + table.name + "." + column.name + " from " + from + " to " + column.type;
    }

    private static String toggleNullable(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        List<ColumnDraft> candidates = table.columns.stream().filter(c -> c.identity == null
                && (table.primaryKey == null || !table.primaryKey.contains(c.name))).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        ColumnDraft column = pick(random, candidates);
        column.nullable = !column.nullable;
        return (column.nullable ? "drop" : "set") + " NOT NULL on " + table.name + "." + column.name;
    }

    private static String changeDefault(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        List<ColumnDraft> candidates = table.columns.stream().filter(c -> c.identity == null && c.generated == null
                && !c.serial() && !Types.defaults(c.type, draft.labelsOf(c.type)).isEmpty()).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        ColumnDraft column = pick(random, candidates);
        String before = column.defaultExpression;
        List<String> others = Types.defaults(column.type, draft.labelsOf(column.type)).stream()
                .filter(d -> !d.equals(before)).toList();
        if (before != null && (others.isEmpty() || chance(random, 50))) {
            column.defaultExpression = null;
        } else if (!others.isEmpty()) {
            column.defaultExpression = pick(random, others);
        } else {
            return null;
        }
        return "default of " + table.name + "." + column.name + ": " + before + " -> " + column.defaultExpression;
    }

    private static String identity(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        ColumnDraft column = table.columns.stream().filter(c -> c.identity != null).findFirst().orElse(null);
        if (column == null) {
            return RandomSchemas.addIdentity(table, random)
                    ? "add identity to " + table.name + "." + table.columns.stream().filter(c -> c.identity != null)
                            .findFirst().orElseThrow().name
                    : null;
        }
        Identity before = column.identity;
        if (chance(random, 35)) {
            column.identity = null;
            boolean inKey = table.primaryKey != null && table.primaryKey.contains(column.name);
            if (!inKey && chance(random, 40)) {
                column.nullable = true;
            }
            return "drop identity of " + table.name + "." + column.name + (column.nullable ? " and NOT NULL" : "");
        }
        Identity after = before;
        while (after.equals(before)) {
            after = switch (random.nextInt(4)) {
                case 0 -> before.toBuilder().always(!before.always()).build();
                // a descending sequence's default MAXVALUE is -1, so its START must stay negative
                case 1 -> before.toBuilder()
                        .start((random.nextBoolean() ? 1 : 500) * Long.signum(before.increment())).build();
                case 2 -> before.toBuilder().increment(before.increment() > 0 ? 3 : -2).build();
                default -> RandomSchemas.randomIdentityOptions(before, random);
            };
        }
        column.identity = after;
        return "identity of " + table.name + "." + column.name + ": " + before + " -> " + after;
    }

    private static String generated(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        List<ColumnDraft> generated = table.columns.stream().filter(c -> c.generated != null).toList();
        if (generated.isEmpty()) {
            ColumnDraft column = RandomSchemas.newGeneratedColumn(table, random);
            return column == null ? null
                    : "add generated column " + table.name + "." + column.name + " AS (" + column.generated.sql() + ")";
        }
        ColumnDraft column = pick(random, generated);
        Template before = column.generated.template();
        Template after = switch (before) {
            case PLUS_ONE -> Template.TIMES_TWO;
            case TIMES_TWO -> Template.PLUS_ONE;
            case LOWER -> Template.UPPER;
            default -> Template.LOWER;
        };
        column.generated = new Expr(column.generated.column(), after);
        return "generation of " + table.name + "." + column.name + ": " + before.render(column.generated.column())
                + " -> " + column.generated.sql();
    }

    // ---------------------------------------------------------------- constraints and indexes

    private static List<String> keyCandidates(TableDraft table) {
        return table.columns.stream().filter(c -> Types.isKeyable(c.type) && c.generated == null)
                .map(c -> c.name).toList();
    }

    private static String primaryKey(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        List<String> before = table.primaryKey;
        if (before != null && chance(random, 25)) {
            table.primaryKey = null;
            draft.dropReferencesTo(table, before);
            return "drop primary key of " + table.name;
        }
        List<String> candidates = keyCandidates(table);
        if (candidates.isEmpty()) {
            return null;
        }
        List<String> after = new ArrayList<>(List.of(pick(random, candidates)));
        if (candidates.size() > 1 && chance(random, 30)) {
            String second = pick(random, candidates);
            if (!after.contains(second)) {
                after.add(second);
            }
        }
        if (after.equals(before) || table.uniques.stream().anyMatch(u -> asSet(u).equals(asSet(after)))) {
            return null;
        }
        table.primaryKey = after;
        if (before != null) {
            draft.dropReferencesTo(table, before);
        }
        return "primary key of " + table.name + ": " + before + " -> " + after;
    }

    private static java.util.Set<String> asSet(List<String> columns) {
        return java.util.Set.copyOf(columns);
    }

    private static String unique(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        if (!table.uniques.isEmpty() && chance(random, 50)) {
            List<String> unique = pick(random, table.uniques);
            table.uniques.remove(unique);
            draft.dropReferencesTo(table, unique);
            return "drop unique " + unique + " of " + table.name;
        }
        return RandomSchemas.newUnique(table, random)
                ? "add unique " + table.uniques.get(table.uniques.size() - 1) + " to " + table.name : null;
    }

    /**
     * Drops, renames or adds an exclusion constraint (declaring btree_gist first, now and then). On a table read from
     * the source model, which may hold rows, a new one covers the columns of a key: the rows are distinct there
     * (an exclusion has no pre-flight, so rows that conflict would fail the migration).
     */
    private static String exclusion(SchemaDraft draft, SplittableRandom random) {
        List<TableDraft> withExclusions = draft.tables.stream().filter(t -> !t.exclusions.isEmpty()).toList();
        boolean change = !withExclusions.isEmpty() && chance(random, 60);
        TableDraft table = change ? pick(random, withExclusions) : anyTable(draft, random);
        if (table == null) {
            return null;
        }
        if (change && chance(random, 50)) {
            SchemaDraft.ExclusionDraft exclusion = pick(random, table.exclusions);
            table.exclusions.remove(exclusion);
            return "drop exclusion " + exclusion.shape() + " of " + table.name;
        }
        if (change) {
            SchemaDraft.ExclusionDraft exclusion = pick(random, table.exclusions);
            String before = exclusion.shape();
            exclusion.name = Identifiers.objectName(table.name.name(), Identifiers.joinForName(exclusion.columns),
                    "ex" + random.nextInt(1000));
            return "rename exclusion " + before + " of " + table.name + " to " + exclusion.name;
        }
        String declared = chance(random, 20) && RandomSchemas.declareBtreeGist(draft) ? "create extension btree_gist and "
                : "";
        boolean added = RandomSchemas.newExclusion(draft, table, random, table.origin != null);
        if (!added) {
            return declared.isEmpty() ? null : "create extension btree_gist";
        }
        return declared + "add exclusion " + table.exclusions.get(table.exclusions.size() - 1).shape() + " to "
                + table.name;
    }

    /** Adds or removes an option of a key (INCLUDE, NULLS NOT DISTINCT, fillfactor): the key is dropped and re-added. */
    private static String keyOptions(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        return table == null ? null : RandomSchemas.newKeyOptions(table, random);
    }

    private static String check(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        if (!table.checks.isEmpty() && chance(random, 50)) {
            Expr check = pick(random, table.checks);
            table.checks.remove(check);
            return "drop check " + check.sql() + " of " + table.name;
        }
        return RandomSchemas.newCheck(table, random)
                ? "add check " + table.checks.get(table.checks.size() - 1).sql() + " to " + table.name : null;
    }

    private static String foreignKey(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        if (table.foreignKeys.isEmpty() || chance(random, 30)) {
            return RandomSchemas.newForeignKey(draft, table, random) && !table.foreignKeys.isEmpty()
                    ? "add foreign key " + describe(table.foreignKeys.get(table.foreignKeys.size() - 1)) + " to " + table.name
                    : null;
        }
        ForeignKeyDraft fk = pick(random, table.foreignKeys);
        if (chance(random, 40)) {
            table.foreignKeys.remove(fk);
            return "drop foreign key " + describe(fk) + " of " + table.name;
        }
        String before = describe(fk);
        boolean nullable = fk.columns.stream().allMatch(c -> table.columnOrFail(c).nullable);
        boolean defaultable = fk.columns.stream().allMatch(c -> table.columnOrFail(c).nullable
                || table.columnOrFail(c).defaultExpression != null);
        List<ReferentialAction> possible = RandomSchemas.ACTIONS.stream()
                .filter(a -> a != ReferentialAction.SET_NULL || nullable)
                .filter(a -> a != ReferentialAction.SET_DEFAULT || defaultable).toList();
        boolean onDelete = random.nextBoolean();
        ReferentialAction current = onDelete ? fk.onDelete : fk.onUpdate;
        List<ReferentialAction> others = possible.stream().filter(a -> a != current).toList();
        if (others.isEmpty()) {
            return null;
        }
        if (onDelete) {
            fk.onDelete = pick(random, others);
        } else {
            fk.onUpdate = pick(random, others);
        }
        return "foreign key of " + table.name + ": " + before + " -> " + describe(fk);
    }

    /** Persistence, replica identity, a check's or a foreign key's NOT VALID, a foreign key's deferrability. */
    private static String tableState(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        switch (random.nextInt(4)) {
            case 0 -> {
                boolean unlogged = !table.unlogged;
                if (unlogged && draft.ownsSequence(table)) {
                    return null; // see SchemaDraft.ownsSequence
                }
                // a logged table may refer only to logged tables
                boolean blocked = unlogged
                        ? draft.tables.stream().anyMatch(o -> o != table && !o.unlogged
                                && o.foreignKeys.stream().anyMatch(fk -> fk.target.equals(table.name)))
                        : table.foreignKeys.stream().anyMatch(fk -> !fk.target.equals(table.name)
                                && draft.tables.stream().anyMatch(o -> o.name.equals(fk.target) && o.unlogged));
                if (blocked) {
                    return null;
                }
                table.unlogged = unlogged;
                return "set " + table.name + (unlogged ? " UNLOGGED" : " LOGGED");
            }
            case 1 -> {
                List<ReplicaIdentity.Kind> others = java.util.Arrays.stream(ReplicaIdentity.Kind.values())
                        .filter(k -> k != table.replicaIdentity).toList();
                table.replicaIdentity = pick(random, others);
                return "replica identity of " + table.name + ": " + table.replicaIdentity;
            }
            case 2 -> {
                if (table.checks.isEmpty()) {
                    return null;
                }
                Expr check = pick(random, table.checks);
                if (!table.notValidChecks.remove(check)) {
                    table.notValidChecks.add(check);
                }
                return "check " + check.sql() + " of " + table.name + ": toggle NOT VALID";
            }
            default -> {
                if (table.foreignKeys.isEmpty()) {
                    return null;
                }
                ForeignKeyDraft fk = pick(random, table.foreignKeys);
                if (random.nextBoolean()) {
                    fk.notValid = !fk.notValid;
                } else {
                    fk.deferrability = pick(random, java.util.Arrays.stream(Deferrability.values())
                            .filter(d -> d != fk.deferrability).toList());
                }
                return "foreign key " + describe(fk) + " of " + table.name + ": " + fk.deferrability
                        + (fk.notValid ? " NOT VALID" : "");
            }
        }
    }

    private static String describe(ForeignKeyDraft fk) {
        return fk.columns + " -> " + fk.target + fk.targetColumns + " ON DELETE " + fk.onDelete.sql()
                + " ON UPDATE " + fk.onUpdate.sql();
    }

    private static String index(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        if (table.indexes.isEmpty() || chance(random, 35)) {
            return RandomSchemas.newIndex(table, random)
                    ? "add index " + table.indexes.get(table.indexes.size() - 1).shape() + " to " + table.name : null;
        }
        IndexDraft index = pick(random, table.indexes);
        if (chance(random, 35)) {
            table.indexes.remove(index);
            return "drop index " + index.shape() + " of " + table.name;
        }
        String before = index.shape();
        IndexDraft after = index.copy();
        switch (random.nextInt(5)) {
            case 0 -> {
                List<ColumnDraft> nullable = table.columns.stream()
                        .filter(c -> c.nullable && !Types.isEnum(c.type)).toList();
                after.whereColumn = after.whereColumn != null || nullable.isEmpty() ? null : pick(random, nullable).name;
            }
            case 1 -> {
                if (after.keys.size() == 1 && after.keys.get(0).template() == null) {
                    ColumnType type = table.columnOrFail(after.keys.get(0).column()).type;
                    List<IndexMethod> methods = List.of(IndexMethod.BTREE, IndexMethod.HASH, IndexMethod.BRIN,
                            IndexMethod.GIN, IndexMethod.SPGIST).stream()
                            .filter(m -> m != index.method && Types.supports(m, type)).toList();
                    if (!methods.isEmpty()) {
                        after.method = pick(random, methods);
                        after.unique = false;
                        // key options, INCLUDE and NULLS NOT DISTINCT are btree's here; fillfactor not gin's or brin's
                        after.options.clear();
                        after.include.clear();
                        after.nullsNotDistinct = false;
                        if (after.method == IndexMethod.GIN || after.method == IndexMethod.BRIN) {
                            after.fillfactor = null;
                        }
                    }
                }
            }
            case 2 -> {
                after.unique = after.method == IndexMethod.BTREE && !after.unique;
                after.nullsNotDistinct &= after.unique;
            }
            case 3 -> {
                // other options: the key options, INCLUDE, NULLS NOT DISTINCT and fillfactor drawn anew
                after.options.clear();
                after.include.clear();
                after.nullsNotDistinct = false;
                after.fillfactor = null;
                RandomSchemas.addOptions(table, after, random);
            }
            default -> {
                if (after.method == IndexMethod.BTREE && after.keys.size() == 2) {
                    after.removeKey(1);
                } else if (after.method == IndexMethod.BTREE) {
                    List<String> more = table.columns.stream().filter(c -> Types.isKeyable(c.type)
                            && after.keys.stream().noneMatch(k -> k.column().equals(c.name))).map(c -> c.name).toList();
                    if (!more.isEmpty()) {
                        String column = pick(random, more);
                        after.keys.add(new Expr(column, null));
                        after.include.remove(column);
                    }
                }
            }
        }
        if (after.shape().equals(before) || table.indexes.stream().anyMatch(i -> i.shape().equals(after.shape()))) {
            return null;
        }
        table.indexes.set(table.indexes.indexOf(index), after);
        return "change index of " + table.name + ": " + before + " -> " + after.shape();
    }

    // ---------------------------------------------------------------- enums

    private static EnumDraft anyEnum(SchemaDraft draft, SplittableRandom random) {
        return draft.enums.isEmpty() ? null : pick(random, draft.enums);
    }

    private static String freeLabel(EnumDraft type, SplittableRandom random) {
        List<String> free = RandomSchemas.LABELS.stream().filter(l -> !type.values().contains(l)).toList();
        return free.isEmpty() ? null : pick(random, free);
    }

    private static String enumAddValue(SchemaDraft draft, SplittableRandom random) {
        EnumDraft type = anyEnum(draft, random);
        String label = type == null ? null : freeLabel(type, random);
        if (label == null) {
            return null;
        }
        int position = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> random.nextInt(type.labels.size() + 1);
            default -> type.labels.size();
        };
        type.labels.add(position, new Label(label, null));
        return "add value " + label + " to " + type.name + " at " + position + ": " + type.values();
    }

    private static String enumRenameValue(SchemaDraft draft, SplittableRandom random) {
        EnumDraft type = anyEnum(draft, random);
        String to = type == null ? null : freeLabel(type, random);
        if (to == null) {
            return null;
        }
        Label label = pick(random, type.labels);
        String from = label.value;
        label.value = to;
        draft.relabelDefaults(type, from, to, () -> null);
        return "rename value " + from + " of " + type.name + " to " + to;
    }

    private static String enumRemoveValue(SchemaDraft draft, SplittableRandom random) {
        EnumDraft type = anyEnum(draft, random);
        if (type == null || type.labels.size() < 2) {
            return null;
        }
        Label removed = type.labels.remove(random.nextInt(type.labels.size()));
        draft.relabelDefaults(type, removed.value, null,
                () -> chance(random, 50) ? null : pick(random, type.values()));
        return "remove value " + removed.value + " from " + type.name + ": " + type.values();
    }

    private static String enumReorder(SchemaDraft draft, SplittableRandom random) {
        EnumDraft type = anyEnum(draft, random);
        if (type == null || type.labels.size() < 2) {
            return null;
        }
        List<String> before = type.values();
        while (type.values().equals(before)) {
            java.util.Collections.shuffle(type.labels, new java.util.Random(random.nextLong()));
        }
        return "reorder " + type.name + ": " + before + " -> " + type.values();
    }

    private static String enumCreate(SchemaDraft draft, SplittableRandom random) {
        EnumDraft type = RandomSchemas.newEnum(draft, random);
        if (type == null) {
            return null;
        }
        TableDraft table = anyTable(draft, random);
        if (table != null && chance(random, 60)) {
            ColumnDraft column = new ColumnDraft(table.freshColumnName(pick(random, RandomSchemas.COLUMN_NAMES)), null,
                    ColumnType.userType(type.name), random.nextBoolean());
            if (chance(random, 40)) {
                column.defaultExpression = RandomSchemas.randomDefault(draft, column.type, random);
            }
            table.columns.add(column);
            return "create enum " + type.name + " " + type.values() + " used by " + table.name + "." + column.name;
        }
        return "create enum " + type.name + " " + type.values();
    }

    private static String enumDrop(SchemaDraft draft, SplittableRandom random) {
        EnumDraft type = anyEnum(draft, random);
        if (type == null) {
            return null;
        }
        draft.dropEnum(type);
        return "drop enum " + type.name + " and the columns of its type";
    }

    private static String enumRename(SchemaDraft draft, SplittableRandom random) {
        EnumDraft type = anyEnum(draft, random);
        if (type == null) {
            return null;
        }
        String schema = chance(random, 25) ? pick(random, draft.allSchemas()) : type.name.schema();
        List<String> free = RandomSchemas.ENUM_NAMES.stream()
                .filter(n -> draft.enumRenameTargetFree(new QualifiedName(schema, n))).toList();
        if (free.isEmpty()) {
            return null;
        }
        QualifiedName from = type.name;
        draft.renameEnum(type, new QualifiedName(schema, pick(random, free)));
        return "rename enum " + from + " to " + type.name;
    }

    // ---------------------------------------------------------------- collations

    /** Sets, changes or removes the collation of a text column (rows kept; its indexes are rebuilt). */
    private static String collation(SchemaDraft draft, SplittableRandom random) {
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        List<ColumnDraft> candidates = table.columns.stream()
                .filter(c -> Types.isCollatable(c.type) && c.generated == null).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        ColumnDraft column = pick(random, candidates);
        String before = column.collation;
        column.collation = nextCollation(before, random);
        return "collation of " + table.name + "." + column.name + ": " + before + " -> " + column.collation;
    }

    /** Another collation than {@code current}: the type's default ({@code null}) or one of {@link Types#COLLATIONS}. */
    private static String nextCollation(String current, SplittableRandom random) {
        List<String> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Types.COLLATIONS);
        choices.remove(current);
        return choices.get(random.nextInt(choices.size()));
    }

    // ---------------------------------------------------------------- comments

    private static String comment(SchemaDraft draft, SplittableRandom random) {
        int what = random.nextInt(3);
        if (what == 2 && !draft.enums.isEmpty()) {
            EnumDraft type = pick(random, draft.enums);
            String before = type.comment;
            type.comment = nextComment(before, random);
            return "comment on enum " + type.name + ": " + before + " -> " + type.comment;
        }
        TableDraft table = anyTable(draft, random);
        if (table == null) {
            return null;
        }
        if (what == 0) {
            String before = table.comment;
            table.comment = nextComment(before, random);
            return "comment on table " + table.name + ": " + before + " -> " + table.comment;
        }
        ColumnDraft column = pick(random, table.columns);
        String before = column.comment;
        column.comment = nextComment(before, random);
        return "comment on column " + table.name + "." + column.name + ": " + before + " -> " + column.comment;
    }

    private static String nextComment(String before, SplittableRandom random) {
        if (before != null && chance(random, 50)) {
            return null;
        }
        List<String> others = RandomSchemas.COMMENTS.stream().filter(c -> !c.equals(before)).toList();
        return pick(random, others);
    }
}
