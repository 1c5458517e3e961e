package dev.shale.diff.drift;

import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.DropExclusion;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.UpdateExtension;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.DropSequence;
import dev.shale.diff.change.CreateSequence;
import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ChangeKinds;
import dev.shale.diff.change.ChangeVisitor;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTableComment;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.KeyOptions;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Describes the changes that would turn a live database into its snapshot as drift, object by object.
 * A change's "from" side is the database and its "to" side the snapshot, so an added object is missing
 * from the database and a dropped one is extra in it. A drop and an add of the same object (a foreign key
 * or an index rebuilt with another definition) are one changed object, with each aspect that differs;
 * the constraints and indexes of a missing or extra table are part of that table, not listed apart.
 */
public final class DriftDescriptions {

    private static final ChangeVisitor<List<DriftItem>> SINGLE = new Single();

    private static final ChangeVisitor<Optional<String>> ADD_KEY = new AddKey();

    private DriftDescriptions() {
    }

    /** The drift items of {@code changes} (from the database to the snapshot), in the changes' order. */
    public static List<DriftItem> describe(List<Change> changes) {
        Set<QualifiedName> wholeTables = new HashSet<>();
        Map<String, Change> adds = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change instanceof CreateTable c) {
                wholeTables.add(c.table().name());
            } else if (change instanceof DropTable c) {
                wholeTables.add(c.table().name());
            }
            String key = addKey(change);
            if (key != null) {
                adds.putIfAbsent(key, change);
            }
        }
        List<DriftItem> items = new ArrayList<>();
        Set<Change> paired = new HashSet<>();
        for (Change change : changes) {
            if (paired.contains(change) || ofWholeTable(change, wholeTables)) {
                continue;
            }
            // a drop pairs with the add of the same object: the add its reverse would be
            String key = addKey(change.reverse());
            Change add = key == null ? null : adds.get(key);
            if (add != null) {
                paired.add(add);
                items.addAll(changed(change, add));
            } else {
                items.addAll(single(change));
            }
        }
        return List.copyOf(items);
    }

    private static boolean ofWholeTable(Change change, Set<QualifiedName> wholeTables) {
        return ChangeKinds.table(change).map(wholeTables::contains).orElse(false);
    }

    /** The object an add (or create) change makes, as a key; null for other changes. */
    private static String addKey(Change change) {
        return change.accept(ADD_KEY).orElse(null);
    }

    /** A drop (the database's object) and an add (the snapshot's) of one object. */
    private static List<DriftItem> changed(Change drop, Change add) {
        List<DriftItem> out = new ArrayList<>(drop.accept(new Paired(add)));
        if (out.isEmpty()) {
            out.addAll(single(drop));
            out.addAll(single(add));
        }
        return out;
    }

    private static void columnAspects(String object, Column actual, Column expected, List<DriftItem> out) {
        if (!actual.type().equals(expected.type())) {
            out.add(DriftItem.changed("column", object, "type", expected.type().sql(), actual.type().sql()));
        }
        if (actual.nullable() != expected.nullable()) {
            out.add(DriftItem.changed("column", object, "nullability", nullability(expected), nullability(actual)));
        }
        if (!Objects.equals(actual.defaultExpression(), expected.defaultExpression())) {
            out.add(DriftItem.changed("column", object, "default", expected.defaultExpression(),
                    actual.defaultExpression()));
        }
        if (!Objects.equals(actual.identity(), expected.identity())) {
            out.add(DriftItem.changed("column", object, "identity", ObjectText.identity(expected.identity()),
                    ObjectText.identity(actual.identity())));
        }
        if (!Objects.equals(actual.collation(), expected.collation())) {
            out.add(DriftItem.changed("column", object, "collation", collation(expected), collation(actual)));
        }
    }

    /** {@code "C"}, or {@code default} for the type's. */
    private static String collation(Column column) {
        return column.collation() == null ? "default" : column.collation();
    }

    private static String nullability(Column column) {
        return column.nullable() ? "NULL" : "NOT NULL";
    }

    private static void foreignKey(String object, ForeignKey actual, ForeignKey expected, List<DriftItem> out) {
        String type = "foreign key";
        if (!actual.columns().equals(expected.columns())) {
            out.add(DriftItem.changed(type, object, "columns", ObjectText.columns(expected.columns()),
                    ObjectText.columns(actual.columns())));
        }
        if (!actual.referencedTable().equals(expected.referencedTable())
                || !actual.referencedColumns().equals(expected.referencedColumns())) {
            out.add(DriftItem.changed(type, object, "REFERENCES",
                    ObjectText.name(expected.referencedTable()) + " " + ObjectText.columns(expected.referencedColumns()),
                    ObjectText.name(actual.referencedTable()) + " " + ObjectText.columns(actual.referencedColumns())));
        }
        if (actual.onDelete() != expected.onDelete()) {
            out.add(DriftItem.changed(type, object, "ON DELETE", expected.onDelete().sql(), actual.onDelete().sql()));
        }
        if (actual.onUpdate() != expected.onUpdate()) {
            out.add(DriftItem.changed(type, object, "ON UPDATE", expected.onUpdate().sql(), actual.onUpdate().sql()));
        }
        if (actual.deferrability() != expected.deferrability()) {
            out.add(DriftItem.changed(type, object, "deferrability", ObjectText.deferrability(expected.deferrability()),
                    ObjectText.deferrability(actual.deferrability())));
        }
        if (actual.notValid() != expected.notValid()) {
            out.add(DriftItem.changed(type, object, "validity", expected.notValid() ? "NOT VALID" : "valid",
                    actual.notValid() ? "NOT VALID" : "valid"));
        }
    }

    private static void index(String object, Index actual, Index expected, List<DriftItem> out) {
        String type = "index";
        if (!actual.keys().equals(expected.keys())) {
            out.add(DriftItem.changed(type, object, "keys", keys(expected), keys(actual)));
        }
        if (actual.unique() != expected.unique()) {
            out.add(DriftItem.changed(type, object, "uniqueness", unique(expected), unique(actual)));
        }
        if (actual.method() != expected.method()) {
            out.add(DriftItem.changed(type, object, "method", expected.method().sql(), actual.method().sql()));
        }
        if (!Objects.equals(actual.where(), expected.where())) {
            out.add(DriftItem.changed(type, object, "WHERE", expected.where(), actual.where()));
        }
        if (!actual.include().equals(expected.include())) {
            out.add(DriftItem.changed(type, object, "INCLUDE", included(expected.include()), included(actual.include())));
        }
        if (actual.nullsNotDistinct() != expected.nullsNotDistinct()) {
            out.add(DriftItem.changed(type, object, "nulls", nulls(expected.nullsNotDistinct()), nulls(actual.nullsNotDistinct())));
        }
        if (!actual.storage().equals(expected.storage())) {
            out.add(DriftItem.changed(type, object, "storage parameters", storage(expected.storage()), storage(actual.storage())));
        }
    }

    /** The index options of a key that differ: {@code actual} in the database, {@code expected} declared. */
    private static void keyOptions(String type, String object, KeyOptions actual, KeyOptions expected,
                                   List<DriftItem> out) {
        if (!actual.include().equals(expected.include())) {
            out.add(DriftItem.changed(type, object, "INCLUDE", included(expected.include()), included(actual.include())));
        }
        if (actual.nullsNotDistinct() != expected.nullsNotDistinct()) {
            out.add(DriftItem.changed(type, object, "nulls", nulls(expected.nullsNotDistinct()),
                    nulls(actual.nullsNotDistinct())));
        }
        if (!actual.storage().equals(expected.storage())) {
            out.add(DriftItem.changed(type, object, "storage parameters", storage(expected.storage()),
                    storage(actual.storage())));
        }
    }

    private static String keys(Index index) {
        return index.keys().stream().map(IndexKey::definition).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String included(List<String> include) {
        return include.isEmpty() ? "none" : "(" + String.join(", ", include) + ")";
    }

    private static String nulls(boolean nullsNotDistinct) {
        return nullsNotDistinct ? "NULLS NOT DISTINCT" : "NULLS DISTINCT";
    }

    private static String storage(java.util.Map<String, String> storage) {
        return storage.isEmpty() ? "none" : storage.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String unique(Index index) {
        return index.unique() ? "UNIQUE" : "not unique";
    }

    /** One change alone: an object missing from or extra in the database, or one aspect of it. */
    private static List<DriftItem> single(Change change) {
        return change.accept(SINGLE);
    }

    /** Each kind of change alone, as drift. */
    private static final class Single implements ChangeVisitor<List<DriftItem>> {
        @Override
        public List<DriftItem> visit(CreateSchema c) {
            return List.of(DriftItem.missing("schema", c.name(), null));
        }

        @Override
        public List<DriftItem> visit(DropSchema c) {
            return List.of(DriftItem.extra("schema", c.name(), null));
        }

        @Override
        public List<DriftItem> visit(CreateExtension c) {
            return List.of(DriftItem.missing("extension", c.extension().name(),
                    ObjectText.extension(c.extension())));
        }

        @Override
        public List<DriftItem> visit(DropExtension c) {
            return List.of(DriftItem.extra("extension", c.extension().name(),
                    ObjectText.extension(c.extension())));
        }

        @Override
        public List<DriftItem> visit(UpdateExtension c) {
            // the database is the old side, the snapshot the new one
            return List.of(DriftItem.changed("extension", c.name(), "version", ObjectText.version(c.to()),
                    ObjectText.version(c.from())));
        }

        @Override
        public List<DriftItem> visit(CreateEnum c) {
            return List.of(DriftItem.missing("enum", ObjectText.name(c.type().name()), ObjectText.values(c.type())));
        }

        @Override
        public List<DriftItem> visit(DropEnum c) {
            return List.of(DriftItem.extra("enum", ObjectText.name(c.type().name()), ObjectText.values(c.type())));
        }

        @Override
        public List<DriftItem> visit(RenameEnum c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.from()), "name", ObjectText.name(c.to()),
                    ObjectText.name(c.from())));
        }

        @Override
        public List<DriftItem> visit(AddEnumValue c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.to().name()), "values",
                    ObjectText.values(c.to()), ObjectText.values(c.from())));
        }

        @Override
        public List<DriftItem> visit(RenameEnumValue c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.type()), "value " + c.from(), c.to(), c.from()));
        }

        @Override
        public List<DriftItem> visit(RecreateEnum c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.to().name()), "values",
                    ObjectText.values(c.to()), ObjectText.values(c.from())));
        }

        @Override
        public List<DriftItem> visit(SetEnumComment c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.type()), "comment", c.to(), c.from()));
        }

        @Override
        public List<DriftItem> visit(CreateTable c) {
            return List.of(DriftItem.missing("table", ObjectText.name(c.table().name()), ObjectText.table(c.table())));
        }

        @Override
        public List<DriftItem> visit(DropTable c) {
            return List.of(DriftItem.extra("table", ObjectText.name(c.table().name()), ObjectText.table(c.table())));
        }

        @Override
        public List<DriftItem> visit(RenameTable c) {
            return List.of(DriftItem.changed("table", ObjectText.name(c.from()), "name", ObjectText.name(c.to()),
                    ObjectText.name(c.from())));
        }

        @Override
        public List<DriftItem> visit(SetTableComment c) {
            return List.of(DriftItem.changed("table", ObjectText.name(c.table()), "comment", c.to(), c.from()));
        }

        @Override
        public List<DriftItem> visit(AddColumn c) {
            return List.of(DriftItem.missing("column", ObjectText.column(c.table(), c.column().name()),
                    ObjectText.column(c.column())));
        }

        @Override
        public List<DriftItem> visit(DropColumn c) {
            return List.of(DriftItem.extra("column", ObjectText.column(c.table(), c.column().name()),
                    ObjectText.column(c.column())));
        }

        @Override
        public List<DriftItem> visit(RenameColumn c) {
            return List.of(DriftItem.changed("column", ObjectText.column(c.table(), c.from()), "name", c.to(), c.from()));
        }

        @Override
        public List<DriftItem> visit(AlterColumn c) {
            List<DriftItem> out = new ArrayList<>();
            columnAspects(ObjectText.column(c.table(), c.to().name()), c.from(), c.to(), out);
            return out;
        }

        @Override
        public List<DriftItem> visit(SetColumnComment c) {
            return List.of(DriftItem.changed("column", ObjectText.column(c.table(), c.column()), "comment", c.to(),
                    c.from()));
        }

        @Override
        public List<DriftItem> visit(AddPrimaryKey c) {
            return List.of(DriftItem.missing("primary key", ObjectText.on(c.primaryKey().name(), c.table()),
                    ObjectText.columns(c.primaryKey().columns())));
        }

        @Override
        public List<DriftItem> visit(DropPrimaryKey c) {
            return List.of(DriftItem.extra("primary key", ObjectText.on(c.primaryKey().name(), c.table()),
                    ObjectText.columns(c.primaryKey().columns())));
        }

        @Override
        public List<DriftItem> visit(AddUnique c) {
            return List.of(DriftItem.missing("unique constraint", ObjectText.on(c.unique().name(), c.table()),
                    ObjectText.columns(c.unique().columns())));
        }

        @Override
        public List<DriftItem> visit(DropUnique c) {
            return List.of(DriftItem.extra("unique constraint", ObjectText.on(c.unique().name(), c.table()),
                    ObjectText.columns(c.unique().columns())));
        }

        @Override
        public List<DriftItem> visit(AddCheck c) {
            return List.of(DriftItem.missing("check", ObjectText.on(c.check().name(), c.table()),
                    ObjectText.check(c.check())));
        }

        @Override
        public List<DriftItem> visit(DropCheck c) {
            return List.of(DriftItem.extra("check", ObjectText.on(c.check().name(), c.table()),
                    ObjectText.check(c.check())));
        }

        @Override
        public List<DriftItem> visit(AddExclusion c) {
            return List.of(DriftItem.missing("exclusion constraint", ObjectText.on(c.exclusion().name(), c.table()),
                    ObjectText.exclusion(c.exclusion())));
        }

        @Override
        public List<DriftItem> visit(DropExclusion c) {
            return List.of(DriftItem.extra("exclusion constraint", ObjectText.on(c.exclusion().name(), c.table()),
                    ObjectText.exclusion(c.exclusion())));
        }

        @Override
        public List<DriftItem> visit(AddForeignKey c) {
            return List.of(DriftItem.missing("foreign key", ObjectText.on(c.foreignKey().name(), c.table()),
                    ObjectText.foreignKey(c.foreignKey())));
        }

        @Override
        public List<DriftItem> visit(DropForeignKey c) {
            return List.of(DriftItem.extra("foreign key", ObjectText.on(c.foreignKey().name(), c.table()),
                    ObjectText.foreignKey(c.foreignKey())));
        }

        @Override
        public List<DriftItem> visit(RenameConstraint c) {
            return List.of(DriftItem.changed("constraint", ObjectText.on(c.from(), c.table()), "name", c.to(), c.from()));
        }

        @Override
        public List<DriftItem> visit(CreateIndex c) {
            return List.of(DriftItem.missing("index", ObjectText.on(c.index().name(), c.table()),
                    ObjectText.index(c.index())));
        }

        @Override
        public List<DriftItem> visit(DropIndex c) {
            return List.of(DriftItem.extra("index", ObjectText.on(c.index().name(), c.table()),
                    ObjectText.index(c.index())));
        }

        @Override
        public List<DriftItem> visit(RenameIndex c) {
            return List.of(DriftItem.changed("index", ObjectText.on(c.from(), c.table()), "name", c.to(), c.from()));
        }

        @Override
        public List<DriftItem> visit(ValidateConstraint c) {
            return List.of(DriftItem.changed(c.check() != null ? "check" : "foreign key", ObjectText.on(c.name(), c.table()),
                    "validity", "valid", "NOT VALID"));
        }

        @Override
        public List<DriftItem> visit(InvalidateConstraint c) {
            return List.of(DriftItem.changed(c.check() != null ? "check" : "foreign key", ObjectText.on(c.name(), c.table()),
                    "validity", "NOT VALID", "valid"));
        }

        @Override
        public List<DriftItem> visit(AlterForeignKeyDeferrability c) {
            return List.of(DriftItem.changed("foreign key", ObjectText.on(c.foreignKey().name(), c.table()),
                    "deferrability", ObjectText.deferrability(c.to()), ObjectText.deferrability(c.from())));
        }

        @Override
        public List<DriftItem> visit(SetTablePersistence c) {
            return List.of(DriftItem.changed("table", ObjectText.name(c.table()), "persistence",
                    c.unlogged() ? "UNLOGGED" : "LOGGED", c.unlogged() ? "LOGGED" : "UNLOGGED"));
        }

        @Override
        public List<DriftItem> visit(SetReplicaIdentity c) {
            return List.of(DriftItem.changed("table", ObjectText.name(c.table()), "replica identity", c.to().sql(),
                    c.from().sql()));
        }

        @Override
        public List<DriftItem> visit(CreateSequence c) {
            return List.of(DriftItem.missing("sequence", ObjectText.name(c.sequence().name()), ObjectText.sequence(c.sequence())));
        }

        @Override
        public List<DriftItem> visit(DropSequence c) {
            return List.of(DriftItem.extra("sequence", ObjectText.name(c.sequence().name()), ObjectText.sequence(c.sequence())));
        }

        @Override
        public List<DriftItem> visit(AlterSequence c) {
            return List.of(DriftItem.changed("sequence", ObjectText.name(c.to().name()), "options",
                    ObjectText.sequence(c.to()), ObjectText.sequence(c.from())));
        }

        @Override
        public List<DriftItem> visit(SetSequenceOwner c) {
            return List.of(DriftItem.changed("sequence", ObjectText.name(c.sequence()), "owner",
                    ObjectText.owner(c.to()), ObjectText.owner(c.from())));
        }
    }

    /** The object an add (or create) makes, as a key; nothing for every other kind. */
    private static final class AddKey implements ChangeVisitor<Optional<String>> {
        @Override
        public Optional<String> visit(CreateSchema c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(DropSchema c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(CreateExtension c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(DropExtension c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(UpdateExtension c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(CreateEnum c) {
            return Optional.of("enum " + c.type().name());
        }

        @Override
        public Optional<String> visit(DropEnum c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(RenameEnum c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AddEnumValue c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(RenameEnumValue c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(RecreateEnum c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(SetEnumComment c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(CreateTable c) {
            return Optional.of("table " + c.table().name());
        }

        @Override
        public Optional<String> visit(DropTable c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(RenameTable c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(SetTableComment c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AddColumn c) {
            return Optional.of("column " + c.table() + " " + c.column().name());
        }

        @Override
        public Optional<String> visit(DropColumn c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(RenameColumn c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AlterColumn c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(SetColumnComment c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AddPrimaryKey c) {
            return Optional.of("pk " + c.table());
        }

        @Override
        public Optional<String> visit(DropPrimaryKey c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AddUnique c) {
            return Optional.of("unique " + c.table() + " " + c.unique().name());
        }

        @Override
        public Optional<String> visit(DropUnique c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AddCheck c) {
            return Optional.of("check " + c.table() + " " + c.check().name());
        }

        @Override
        public Optional<String> visit(DropCheck c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AddExclusion c) {
            return Optional.of("exclusion " + c.table() + " " + c.exclusion().name());
        }

        @Override
        public Optional<String> visit(DropExclusion c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AddForeignKey c) {
            return Optional.of("fk " + c.table() + " " + c.foreignKey().name());
        }

        @Override
        public Optional<String> visit(DropForeignKey c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(RenameConstraint c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(CreateIndex c) {
            return Optional.of("index " + c.table() + " " + c.index().name());
        }

        @Override
        public Optional<String> visit(DropIndex c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(RenameIndex c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(ValidateConstraint c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(InvalidateConstraint c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AlterForeignKeyDeferrability c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(SetTablePersistence c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(SetReplicaIdentity c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(CreateSequence c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(DropSequence c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(AlterSequence c) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visit(SetSequenceOwner c) {
            return Optional.empty();
        }
    }

    /**
     * What differs between a drop (the database's object) of each kind and the add (the snapshot's) of the same
     * object; nothing where the add is of another kind or the kind is not a drop.
     */
    private static final class Paired implements ChangeVisitor<List<DriftItem>> {

        private final Change add;

        Paired(Change add) {
            this.add = add;
        }

        @Override
        public List<DriftItem> visit(CreateSchema c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropSchema c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(CreateExtension c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropExtension c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(UpdateExtension c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(CreateEnum c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropEnum c) {
            if (!(add instanceof CreateEnum a)) {
                return List.of();
            }
            List<DriftItem> out = new ArrayList<>();
            out.add(DriftItem.changed("enum", ObjectText.name(a.type().name()), "values", ObjectText.values(a.type()),
                    ObjectText.values(c.type())));
            return out;
        }

        @Override
        public List<DriftItem> visit(RenameEnum c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(AddEnumValue c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(RenameEnumValue c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(RecreateEnum c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(SetEnumComment c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(CreateTable c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropTable c) {
            if (!(add instanceof CreateTable a)) {
                return List.of();
            }
            List<DriftItem> out = new ArrayList<>();
            out.add(DriftItem.changed("table", ObjectText.name(a.table().name()), "definition",
                    ObjectText.table(a.table()), ObjectText.table(c.table())));
            return out;
        }

        @Override
        public List<DriftItem> visit(RenameTable c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(SetTableComment c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(AddColumn c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropColumn c) {
            if (!(add instanceof AddColumn a)) {
                return List.of();
            }
            List<DriftItem> out = new ArrayList<>();
            String object = ObjectText.column(a.table(), a.column().name());
            columnAspects(object, c.column(), a.column(), out);
            if (!Objects.equals(c.column().generatedExpression(), a.column().generatedExpression())) {
                out.add(DriftItem.changed("column", object, "generated expression", a.column().generatedExpression(),
                        c.column().generatedExpression()));
            }
            return out;
        }

        @Override
        public List<DriftItem> visit(RenameColumn c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(AlterColumn c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(SetColumnComment c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(AddPrimaryKey c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropPrimaryKey c) {
            if (!(add instanceof AddPrimaryKey a)) {
                return List.of();
            }
            List<DriftItem> out = new ArrayList<>();
            String object = ObjectText.name(a.table());
            if (!c.primaryKey().name().equals(a.primaryKey().name())) {
                out.add(DriftItem.changed("primary key", "of " + object, "name", a.primaryKey().name(),
                        c.primaryKey().name()));
            }
            if (!c.primaryKey().columns().equals(a.primaryKey().columns())) {
                out.add(DriftItem.changed("primary key", "of " + object, "columns",
                        ObjectText.columns(a.primaryKey().columns()), ObjectText.columns(c.primaryKey().columns())));
            }
            keyOptions("primary key", "of " + object, c.primaryKey().options(), a.primaryKey().options(), out);
            return out;
        }

        @Override
        public List<DriftItem> visit(AddUnique c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropUnique c) {
            if (!(add instanceof AddUnique a)) {
                return List.of();
            }
            List<DriftItem> out = new ArrayList<>();
            String object = ObjectText.on(a.unique().name(), a.table());
            keyOptions("unique constraint", object, c.unique().options(), a.unique().options(), out);
            if (out.isEmpty() || !c.unique().columns().equals(a.unique().columns())) {
                out.add(0, DriftItem.changed("unique constraint", object, "columns",
                        ObjectText.columns(a.unique().columns()), ObjectText.columns(c.unique().columns())));
            }
            return out;
        }

        @Override
        public List<DriftItem> visit(AddCheck c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropCheck c) {
            if (!(add instanceof AddCheck a)) {
                return List.of();
            }
            List<DriftItem> out = new ArrayList<>();
            out.add(DriftItem.changed("check", ObjectText.on(a.check().name(), a.table()), "expression",
                    a.check().expression(), c.check().expression()));
            return out;
        }

        @Override
        public List<DriftItem> visit(AddExclusion c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropExclusion c) {
            if (!(add instanceof AddExclusion a)) {
                return List.of();
            }
            return List.of(DriftItem.changed("exclusion constraint", ObjectText.on(a.exclusion().name(), a.table()),
                    "definition", ObjectText.exclusion(a.exclusion()), ObjectText.exclusion(c.exclusion())));
        }

        @Override
        public List<DriftItem> visit(AddForeignKey c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropForeignKey c) {
            if (!(add instanceof AddForeignKey a)) {
                return List.of();
            }
            List<DriftItem> out = new ArrayList<>();
            foreignKey(ObjectText.on(a.foreignKey().name(), a.table()), c.foreignKey(), a.foreignKey(), out);
            return out;
        }

        @Override
        public List<DriftItem> visit(RenameConstraint c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(CreateIndex c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropIndex c) {
            if (!(add instanceof CreateIndex a)) {
                return List.of();
            }
            List<DriftItem> out = new ArrayList<>();
            index(ObjectText.on(a.index().name(), a.table()), c.index(), a.index(), out);
            return out;
        }

        @Override
        public List<DriftItem> visit(RenameIndex c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(ValidateConstraint c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(InvalidateConstraint c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(AlterForeignKeyDeferrability c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(SetTablePersistence c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(SetReplicaIdentity c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(CreateSequence c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(DropSequence c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(AlterSequence c) {
            return List.of();
        }

        @Override
        public List<DriftItem> visit(SetSequenceOwner c) {
            return List.of();
        }
    }
}
