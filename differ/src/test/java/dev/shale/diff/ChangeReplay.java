package dev.shale.diff;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.DropExclusion;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.EnumUsage;
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
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A tiny in-memory stand-in for PostgreSQL: applies changes to a model one by one and fails on
 * any change whose preconditions do not hold (missing or duplicate objects, a dependent object
 * still in place, a stale "from" state). Written apart from the differ, so it can check it.
 */
final class ChangeReplay {

    private final Set<String> schemas = new TreeSet<>();
    private final Map<QualifiedName, EnumType> enums = new TreeMap<>();
    private final Map<QualifiedName, Table> tables = new TreeMap<>();
    private final Map<String, dev.shale.model.Extension> extensions = new TreeMap<>();
    private final Map<QualifiedName, dev.shale.model.Sequence> sequences = new TreeMap<>();

    private ChangeReplay(SchemaModel start) {
        schemas.add("public");
        schemas.addAll(start.schemas());
        start.enums().forEach(e -> enums.put(e.name(), e));
        start.tables().forEach(t -> tables.put(t.name(), t));
        start.extensions().forEach(e -> extensions.put(e.name(), e));
        start.sequences().forEach(s -> sequences.put(s.name(), s));
    }

    /** The model after {@code changes}; fails naming the first change that could not run. */
    static SchemaModel replay(SchemaModel start, List<Change> changes) {
        ChangeReplay db = new ChangeReplay(start);
        for (int i = 0; i < changes.size(); i++) {
            try {
                db.apply(changes.get(i));
            } catch (IllegalStateException e) {
                throw new AssertionError("change " + i + " cannot run: " + e.getMessage() + "\n  " + changes.get(i)
                        + "\n  in " + changes, e);
            }
        }
        return db.model();
    }

    /** The reverses of {@code changes}, last first: the down migration. */
    static List<Change> down(List<Change> changes) {
        List<Change> down = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            down.add(changes.get(i).reverse());
        }
        return down;
    }

    /** The model with each table's columns sorted by name: ADD COLUMN appends, so position is not compared. */
    static SchemaModel normalized(SchemaModel model) {
        return model.toBuilder().tables(model.tables().stream()
                .map(t -> withColumns(t, t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()))
                .toList()).build();
    }

    private SchemaModel model() {
        return new SchemaModel(schemas.stream().filter(s -> !s.equals("public")).toList(),
                List.copyOf(enums.values()), List.copyOf(tables.values()), List.copyOf(extensions.values()),
                List.copyOf(sequences.values()));
    }

    private void apply(Change change) {
        if (change instanceof CreateSchema c) {
            check(!schemas.contains(c.name()), "schema exists");
            schemas.add(c.name());
        } else if (change instanceof DropSchema c) {
            check(schemas.contains(c.name()), "no such schema");
            check(Stream.concat(enums.keySet().stream(), tables.keySet().stream())
                    .noneMatch(n -> n.schema().equals(c.name())), "schema not empty");
            check(extensions.values().stream().noneMatch(e -> e.schema().equals(c.name())),
                    "schema holds an extension");
            check(sequences.keySet().stream().noneMatch(n -> n.schema().equals(c.name())), "schema holds a sequence");
            schemas.remove(c.name());
        } else if (change instanceof dev.shale.diff.change.CreateExtension c) {
            check(schemas.contains(c.extension().schema()), "no schema " + c.extension().schema());
            check(!extensions.containsKey(c.extension().name()), "extension exists");
            extensions.put(c.extension().name(), c.extension());
        } else if (change instanceof dev.shale.diff.change.DropExtension c) {
            check(c.extension().equals(extensions.get(c.extension().name())), "extension differs");
            // PostgreSQL refuses (no CASCADE) while a column has a type of the extension: a user type of its schema
            check(tables.values().stream().flatMap(t -> t.columns().stream()).map(Column::type)
                    .noneMatch(t -> t.isUserType() && !enums.containsKey(t.userTypeName())
                            && t.schema().equals(c.extension().schema())), "extension in use");
            extensions.remove(c.extension().name());
        } else if (change instanceof dev.shale.diff.change.UpdateExtension c) {
            dev.shale.model.Extension had = extensions.get(c.name());
            check(had != null && java.util.Objects.equals(had.version(), c.from()), "extension version differs");
            extensions.put(c.name(), had.withVersion(c.to()));
        } else if (change instanceof CreateEnum c) {
            createType(c.type().name());
            enums.put(c.type().name(), c.type());
        } else if (change instanceof DropEnum c) {
            check(c.type().equals(enums.get(c.type().name())), "enum differs: " + enums.get(c.type().name()));
            check(usages(c.type().name()).isEmpty(), "enum in use");
            enums.remove(c.type().name());
        } else if (change instanceof RenameEnum c) {
            EnumType type = enumType(c.from());
            for (QualifiedName step : c.path().subList(1, c.path().size())) {
                createType(step);
            }
            enums.remove(c.from());
            enums.put(c.to(), type.toBuilder().name(c.to()).build());
            tables.replaceAll((n, t) -> withColumns(t, t.columns().stream().map(col -> retype(col, c.from(), c.to())).toList()));
        } else if (change instanceof RenameEnumValue c) {
            EnumType type = enumType(c.type());
            check(type.values().contains(c.from()) && !type.values().contains(c.to()), "labels " + type.values());
            enums.put(c.type(), type.toBuilder().values(type.values().stream()
                    .map(v -> v.equals(c.from()) ? c.to() : v).toList()).build());
            // A default names its label by OID, so it follows the rename.
            String to = "'" + c.to().replace("'", "''") + "'";
            tables.replaceAll((n, t) -> withColumns(t, t.columns().stream().map(col -> isOf(col, c.type())
                    && col.type().dimensions() == 0 && labelOf(col.defaultExpression()).equals(Optional.of(c.from()))
                    ? withDefault(col, to + col.defaultExpression().substring(col.defaultExpression().lastIndexOf('\'') + 1))
                    : col).toList()));
        } else if (change instanceof AddEnumValue c) {
            EnumType type = enumType(c.to().name());
            check(type.equals(c.from()), "enum is " + type);
            List<String> without = new ArrayList<>(c.to().values());
            check(without.remove(c.value()) && without.equals(c.from().values()), "not one added label: " + c);
            check(Objects.equals(c.from().comment(), c.to().comment()), "comment changes");
            check(c.usages().equals(usages(type.name())), "usages " + usages(type.name()));
            enums.put(type.name(), c.to());
        } else if (change instanceof RecreateEnum c) {
            check(c.from().name().equals(c.to().name()), "names differ");
            check(enumType(c.from().name()).equals(c.from()), "enum is " + enums.get(c.from().name()));
            check(c.usages().stream().map(u -> new EnumUsage(u.table(), u.column())).toList()
                    .equals(usages(c.from().name())), "usages " + usages(c.from().name()));
            check(tables.values().stream().noneMatch(t -> t.foreignKeys().stream().anyMatch(fk -> fk.columns().stream()
                    .anyMatch(col -> t.column(col).map(x -> isOf(x, c.from().name())).orElse(false)))),
                    "a foreign key joins columns converted one at a time");
            enums.put(c.to().name(), c.to());
            for (EnumUsage usage : c.usages()) {
                Table t = table(usage.table());
                if (labelOf(usage.column().defaultExpression()).map(c.from().values()::contains).orElse(true)) {
                    // A default that named a label of the old type must name one of the new type.
                    defaultValid(usage.converted());
                }
                tables.put(t.name(), withColumns(t, t.columns().stream()
                        .map(x -> x.name().equals(usage.column().name()) ? usage.converted() : x).toList()));
            }
        } else if (change instanceof SetEnumComment c) {
            EnumType type = enumType(c.type());
            check(Objects.equals(type.comment(), c.from()), "comment is " + type.comment());
            enums.put(c.type(), type.toBuilder().comment(c.to()).build());
        } else if (change instanceof CreateTable c) {
            Table table = c.table();
            createType(table.name());
            table.columns().forEach(col -> typeExists(col.type()));
            table.columns().forEach(this::defaultValid);
            Table bare = withForeignKeys(table, List.of());
            relationNames(bare).forEach(n -> createRelation(table.name().schema(), n));
            tables.put(table.name(), bare);
        } else if (change instanceof DropTable c) {
            Table table = table(c.table().name());
            check(table.foreignKeys().isEmpty(), "own foreign keys still there");
            check(table.equals(withForeignKeys(c.table(), List.of())), "table is " + table);
            check(tables.values().stream().flatMap(t -> t.foreignKeys().stream())
                    .noneMatch(fk -> fk.referencedTable().equals(table.name())), "referred to");
            tables.remove(table.name());
            dropOwned(table.name(), null);
        } else if (change instanceof RenameTable c) {
            Table table = table(c.from());
            List<QualifiedName> path = c.path();
            for (int i = 1; i < path.size(); i++) {
                createType(path.get(i));
                if (!path.get(i).schema().equals(path.get(i - 1).schema())) {
                    // SET SCHEMA takes the table's indexes along, under the names they have.
                    String schema = path.get(i).schema();
                    relationNames(table).forEach(n -> createRelation(schema, n));
                }
            }
            check(c.identityColumns().equals(table.columns().stream().filter(col -> col.identity() != null)
                    .map(Column::name).toList()), "identity columns");
            tables.remove(c.from());
            tables.put(c.to(), table.withName(c.to()));
            // the sequences the table owns follow it, into its new schema too
            for (dev.shale.model.Sequence owned : List.copyOf(sequences.values())) {
                if (owned.ownedBy() != null && owned.ownedBy().table().equals(c.from())) {
                    sequences.remove(owned.name());
                    QualifiedName name = new QualifiedName(c.to().schema(), owned.name().name());
                    check(!sequences.containsKey(name), "sequence " + name + " exists");
                    sequences.put(name, owned.toBuilder().name(name).ownedBy(c.to(), owned.ownedBy().column()).build());
                    if (!name.equals(owned.name())) {
                        // a default names its sequence by OID: it prints the new name
                        String was = "'" + (owned.name().schema().equals("public") ? "" : Identifiers.quote(
                                owned.name().schema()) + ".") + Identifiers.quote(owned.name().name()) + "'::regclass";
                        String now = "'" + (name.schema().equals("public") ? "" : Identifiers.quote(name.schema())
                                + ".") + Identifiers.quote(name.name()) + "'::regclass";
                        tables.replaceAll((n, t) -> withColumns(t, t.columns().stream().map(col ->
                                col.defaultExpression() != null && col.defaultExpression().contains(was)
                                        ? withDefault(col, col.defaultExpression().replace(was, now)) : col).toList()));
                    }
                }
            }
            tables.replaceAll((n, t) -> withForeignKeys(t, t.foreignKeys().stream().map(fk -> fk.referencedTable()
                    .equals(c.from()) ? fk.toBuilder().referencedTable(c.to()).build() : fk).toList()));
        } else if (change instanceof SetTableComment c) {
            Table t = table(c.table());
            check(Objects.equals(t.comment(), c.from()), "comment is " + t.comment());
            tables.put(t.name(), t.toBuilder().comment(c.to()).build());
        } else if (change instanceof AddColumn c) {
            Table t = table(c.table());
            check(t.column(c.column().name()).isEmpty(), "column exists");
            typeExists(c.column().type());
            defaultValid(c.column());
            List<Column> columns = new ArrayList<>(t.columns());
            columns.add(c.column());
            tables.put(t.name(), withColumns(t, columns));
        } else if (change instanceof DropColumn c) {
            Table t = table(c.table());
            String col = c.column().name();
            check(c.column().equals(t.column(col).orElse(null)), "column is " + t.column(col));
            check(!columnsInUse(t).contains(col), "column in use by a key or index");
            check(!usedByGenerated(t, col), "column used by a generated column");
            check(tables.values().stream().flatMap(o -> o.foreignKeys().stream())
                    .noneMatch(fk -> fk.referencedTable().equals(t.name()) && fk.referencedColumns().contains(col)),
                    "column referred to");
            tables.put(t.name(), withColumns(t, t.columns().stream().filter(x -> !x.name().equals(col)).toList()));
            dropOwned(t.name(), col);
        } else if (change instanceof RenameColumn c) {
            Table t = table(c.table());
            Column col = t.column(c.from()).orElseThrow(() -> new IllegalStateException("no column " + c.from()));
            check(t.column(c.to()).isEmpty(), "column exists");
            check(c.identity() == (col.identity() != null), "identity flag");
            renameColumn(t, c.from(), c.to());
            sequences.replaceAll((n, s) -> s.ownedBy() != null && s.ownedBy().table().equals(t.name())
                    && s.ownedBy().column().equals(c.from()) ? s.toBuilder().ownedBy(t.name(), c.to()).build() : s);
        } else if (change instanceof AlterColumn c) {
            Table t = table(c.table());
            check(c.from().equals(t.column(c.from().name()).orElse(null)), "column is " + t.column(c.from().name()));
            check(c.from().name().equals(c.to().name()), "names differ");
            check(c.aspects().equals(aspects(c.from(), c.to())), "aspects are " + aspects(c.from(), c.to()));
            typeExists(c.to().type());
            defaultValid(c.to());
            check(!c.aspects().contains(ColumnAspect.TYPE) || !usedByGenerated(t, c.to().name()),
                    "type of a column used by a generated column");
            tables.put(t.name(), withColumns(t, t.columns().stream()
                    .map(x -> x.name().equals(c.to().name()) ? c.to() : x).toList()));
        } else if (change instanceof SetColumnComment c) {
            Table t = table(c.table());
            Column col = t.column(c.column()).orElseThrow(() -> new IllegalStateException("no column"));
            check(Objects.equals(col.comment(), c.from()), "comment is " + col.comment());
            tables.put(t.name(), withColumns(t, t.columns().stream().map(x -> x.name().equals(c.column())
                    ? x.toBuilder().comment(c.to()).build() : x).toList()));
        } else if (change instanceof AddPrimaryKey c) {
            Table t = table(c.table());
            check(t.primaryKey() == null, "has a primary key");
            addConstraint(t, c.primaryKey().name(), c.primaryKey().columns(), true);
            put(t, c.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), t.indexes());
        } else if (change instanceof DropPrimaryKey c) {
            Table t = table(c.table());
            check(c.primaryKey().equals(t.primaryKey()), "primary key is " + t.primaryKey());
            notReliedOn(t.name(), c.primaryKey().columns());
            put(t, null, t.uniques(), t.checks(), t.foreignKeys(), t.indexes());
        } else if (change instanceof AddUnique c) {
            Table t = table(c.table());
            addConstraint(t, c.unique().name(), c.unique().columns(), true);
            put(t, t.primaryKey(), plus(t.uniques(), c.unique()), t.checks(), t.foreignKeys(), t.indexes());
        } else if (change instanceof DropUnique c) {
            Table t = table(c.table());
            check(t.uniques().contains(c.unique()), "no such unique");
            notReliedOn(t.name(), c.unique().columns());
            put(t, t.primaryKey(), minus(t.uniques(), c.unique()), t.checks(), t.foreignKeys(), t.indexes());
        } else if (change instanceof AddCheck c) {
            Table t = table(c.table());
            addConstraint(t, c.check().name(), List.of(), false);
            put(t, t.primaryKey(), t.uniques(), plus(t.checks(), c.check()), t.foreignKeys(), t.indexes());
        } else if (change instanceof DropCheck c) {
            Table t = table(c.table());
            check(t.checks().contains(c.check()), "no such check");
            put(t, t.primaryKey(), t.uniques(), minus(t.checks(), c.check()), t.foreignKeys(), t.indexes());
        } else if (change instanceof AddExclusion c) {
            Table t = table(c.table());
            addConstraint(t, c.exclusion().name(), exclusionColumns(c.exclusion()), true);
            tables.put(t.name(), t.toBuilder().exclusion(c.exclusion()).build());
        } else if (change instanceof DropExclusion c) {
            Table t = table(c.table());
            check(t.exclusions().contains(c.exclusion()), "no such exclusion constraint");
            tables.put(t.name(), t.toBuilder().exclusions(minus(t.exclusions(), c.exclusion())).build());
        } else if (change instanceof AddForeignKey c) {
            Table t = table(c.table());
            ForeignKey fk = c.foreignKey();
            addConstraint(t, fk.name(), fk.columns(), false);
            Table target = table(fk.referencedTable());
            fk.referencedColumns().forEach(col -> check(target.column(col).isPresent(), "no referenced " + col));
            check(keys(target).contains(Set.copyOf(fk.referencedColumns())), "no key on referenced columns");
            check(t.unlogged() || !target.unlogged() || target.name().equals(t.name()),
                    "a logged table refers to unlogged " + target.name());
            put(t, t.primaryKey(), t.uniques(), t.checks(), plus(t.foreignKeys(), fk), t.indexes());
        } else if (change instanceof DropForeignKey c) {
            Table t = table(c.table());
            check(t.foreignKeys().contains(c.foreignKey()), "no such foreign key");
            put(t, t.primaryKey(), t.uniques(), t.checks(), minus(t.foreignKeys(), c.foreignKey()), t.indexes());
        } else if (change instanceof CreateIndex c) {
            Table t = table(c.table());
            createRelation(t.name().schema(), c.index().name());
            c.index().keys().stream().filter(k -> !k.expression())
                    .forEach(k -> check(t.column(k.text()).isPresent(), "no column " + k.text()));
            put(t, t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), plus(t.indexes(), c.index()));
        } else if (change instanceof DropIndex c) {
            Table t = table(c.table());
            check(t.indexes().contains(c.index()), "no such index");
            if (c.index().unique() && c.index().where() == null) {
                notReliedOn(t.name(), c.index().keys().stream().map(IndexKey::text).toList());
            }
            put(t, t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), minus(t.indexes(), c.index()));
        } else if (change instanceof RenameConstraint c) {
            renameConstraint(table(c.table()), c.from(), c.to());
        } else if (change instanceof RenameIndex c) {
            Table t = table(c.table());
            Index index = t.indexes().stream().filter(i -> i.name().equals(c.from())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no index " + c.from()));
            createRelation(t.name().schema(), c.to());
            Index renamed = index.toBuilder().name(c.to()).build();
            put(identityRenamed(t, c.from(), c.to()), t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(),
                    plus(minus(t.indexes(), index), renamed));
        } else if (change instanceof ValidateConstraint c) {
            Table t = table(c.table());
            if (c.check() != null) {
                CheckConstraint now = c.check().withNotValid(true);
                check(t.checks().contains(now), "no such NOT VALID check " + now);
                put(t, t.primaryKey(), t.uniques(), plus(minus(t.checks(), now), c.check()), t.foreignKeys(),
                        t.indexes());
            } else {
                // VALIDATE changes nothing else, whatever the deferrability is by then
                ForeignKey now = foreignKey(t, c.name());
                check(now.notValid() && now.columns().equals(c.foreignKey().columns()), "foreign key is " + now);
                put(t, t.primaryKey(), t.uniques(), t.checks(), plus(minus(t.foreignKeys(), now),
                        now.toBuilder().notValid(false).build()), t.indexes());
            }
        } else if (change instanceof InvalidateConstraint c) {
            Table t = table(c.table());
            if (c.check() != null) {
                CheckConstraint now = t.checks().stream().filter(k -> k.name().equals(c.name())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no check " + c.name()));
                check(!now.notValid() && now.withNotValid(true).equals(c.check()), "check is " + now);
                put(t, t.primaryKey(), t.uniques(), plus(minus(t.checks(), now), c.check()), t.foreignKeys(),
                        t.indexes());
            } else {
                ForeignKey now = foreignKey(t, c.name());
                check(!now.notValid() && now.columns().equals(c.foreignKey().columns()), "foreign key is " + now);
                check(keys(table(c.foreignKey().referencedTable())).contains(Set.copyOf(c.foreignKey()
                        .referencedColumns())), "no key on referenced columns");
                put(t, t.primaryKey(), t.uniques(), t.checks(), plus(minus(t.foreignKeys(), now), c.foreignKey()),
                        t.indexes());
            }
        } else if (change instanceof AlterForeignKeyDeferrability c) {
            Table t = table(c.table());
            ForeignKey now = foreignKey(t, c.foreignKey().name());
            check(now.deferrability() == c.from(), "foreign key is " + now);
            put(t, t.primaryKey(), t.uniques(), t.checks(), plus(minus(t.foreignKeys(), now),
                    now.toBuilder().deferrability(c.to()).build()), t.indexes());
        } else if (change instanceof SetTablePersistence c) {
            Table t = table(c.table());
            check(t.unlogged() != c.unlogged(), "persistence is already " + c.unlogged());
            // a logged table may refer only to logged tables
            if (!c.unlogged()) {
                t.foreignKeys().forEach(fk -> check(fk.referencedTable().equals(t.name())
                        || !table(fk.referencedTable()).unlogged(), "refers to unlogged " + fk.referencedTable()));
            } else {
                tables.values().forEach(o -> o.foreignKeys().forEach(fk -> check(o.name().equals(t.name())
                        || o.unlogged() || !fk.referencedTable().equals(t.name()), "referred to by logged " + o.name())));
            }
            tables.put(t.name(), t.toBuilder().unlogged(c.unlogged()).build());
        } else if (change instanceof SetReplicaIdentity c) {
            Table t = table(c.table());
            if (c.to().index() != null) {
                String name = c.to().index();
                check(t.indexes().stream().anyMatch(i -> i.name().equals(name) && i.unique())
                        || t.uniques().stream().anyMatch(u -> u.name().equals(name))
                        || t.primaryKey() != null && t.primaryKey().name().equals(name), "no index " + name);
            }
            tables.put(t.name(), t.toBuilder().replicaIdentity(c.to()).build());
        } else if (change instanceof dev.shale.diff.change.CreateSequence c) {
            dev.shale.model.Sequence sequence = c.sequence();
            createType(sequence.name());
            // CREATE SEQUENCE takes no owner: a change of its own sets it, once the column exists
            sequences.put(sequence.name(), sequence.toBuilder().ownedBy(null).build());
        } else if (change instanceof dev.shale.diff.change.DropSequence c) {
            dev.shale.model.Sequence now = sequence(c.sequence().name());
            check(now.ownedBy() == null, "sequence still owned by " + now.ownedBy() + ": released first");
            check(now.sameOptions(c.sequence()), "sequence is " + now);
            check(!calledByADefault(now.name()), "a default still calls " + now.name());
            sequences.remove(now.name());
        } else if (change instanceof dev.shale.diff.change.AlterSequence c) {
            dev.shale.model.Sequence now = sequence(c.from().name());
            check(c.from().name().equals(c.to().name()), "alter renames");
            check(now.sameOptions(c.from()), "sequence is " + now);
            check(!now.sameOptions(c.to()), "alter changes nothing");
            sequences.put(now.name(), now.toBuilder().dataType(c.to().dataType()).start(c.to().start())
                    .increment(c.to().increment()).minValue(c.to().minValue()).maxValue(c.to().maxValue())
                    .cache(c.to().cache()).cycle(c.to().cycle()).build());
        } else if (change instanceof dev.shale.diff.change.SetSequenceOwner c) {
            dev.shale.model.Sequence now = sequence(c.sequence());
            check(Objects.equals(now.ownedBy(), c.from()), "sequence owned by " + now.ownedBy());
            if (c.to() != null) {
                Table owner = table(c.to().table());
                check(owner.column(c.to().column()).isPresent(), "no column " + c.to());
                check(owner.name().schema().equals(now.name().schema()), "owner in another schema");
            }
            sequences.put(now.name(), now.toBuilder().ownedBy(c.to()).build());
        } else {
            throw new IllegalStateException("unknown change");
        }
    }

    private dev.shale.model.Sequence sequence(QualifiedName name) {
        dev.shale.model.Sequence sequence = sequences.get(name);
        check(sequence != null, "no sequence " + name);
        return sequence;
    }

    /** Whether a column default calls {@code sequence} ({@code nextval('s'::regclass)}: PostgreSQL refuses the drop). */
    private boolean calledByADefault(QualifiedName sequence) {
        return tables.values().stream().flatMap(t -> t.columns().stream()).map(Column::defaultExpression)
                .anyMatch(d -> dev.shale.sql.SequenceCalls.in(d).contains(sequence));
    }

    /** A table or column drop takes the sequences it owns along: the differ releases them first when they stay. */
    private void dropOwned(QualifiedName table, String column) {
        sequences.values().removeIf(s -> s.ownedBy() != null && s.ownedBy().table().equals(table)
                && (column == null || s.ownedBy().column().equals(column)));
    }

    private static ForeignKey foreignKey(Table t, String name) {
        return t.foreignKeys().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no foreign key " + name));
    }

    /** The replica identity after the index (or key) it uses is renamed, as PostgreSQL keeps it. */
    private static Table identityRenamed(Table t, String from, String to) {
        return from.equals(t.replicaIdentity().index())
                ? t.toBuilder().replicaIdentity(ReplicaIdentity.usingIndex(to)).build() : t;
    }

    private void renameConstraint(Table t, String from, String to) {
        check(!constraintNames(t).contains(to), "constraint " + to + " exists");
        PrimaryKey pk = t.primaryKey();
        List<UniqueConstraint> uniques = t.uniques();
        List<CheckConstraint> checks = t.checks();
        List<ForeignKey> fks = t.foreignKeys();
        if (pk != null && pk.name().equals(from)) {
            createRelation(t.name().schema(), to);
            pk = new PrimaryKey(to, pk.columns(), pk.deferrability(), pk.options());
        } else if (uniques.stream().anyMatch(u -> u.name().equals(from))) {
            createRelation(t.name().schema(), to);
            uniques = uniques.stream().map(u -> u.name().equals(from) ? new UniqueConstraint(to, u.columns(), u.deferrability(), u.options()) : u)
                    .toList();
        } else if (checks.stream().anyMatch(c -> c.name().equals(from))) {
            checks = checks.stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList();
        } else if (fks.stream().anyMatch(fk -> fk.name().equals(from))) {
            fks = fks.stream().map(fk -> fk.name().equals(from) ? fk.toBuilder().name(to).build() : fk).toList();
        } else if (t.exclusions().stream().anyMatch(x -> x.name().equals(from))) {
            createRelation(t.name().schema(), to);
            t = t.toBuilder().exclusions(t.exclusions().stream().map(x -> x.name().equals(from) ? x.withName(to) : x)
                    .toList()).build();
        } else {
            throw new IllegalStateException("no constraint " + from);
        }
        put(identityRenamed(t, from, to), pk, uniques, checks, fks, t.indexes());
    }

    private void renameColumn(Table t, String from, String to) {
        UnaryOperator<List<String>> r = list -> list.stream().map(n -> n.equals(from) ? to : n).toList();
        PrimaryKey pk = t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(), r.apply(t.primaryKey().columns()), t.primaryKey().deferrability(), t.primaryKey().options().renamed(r::apply));
        Table renamed = t.toBuilder()
                .columns(t.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c)
                        .map(c -> c.toBuilder().generatedExpression(mention(c.generatedExpression(), from, to)).build())
                        .toList())
                .primaryKey(pk)
                .uniques(t.uniques().stream().map(u -> new UniqueConstraint(u.name(), r.apply(u.columns()), u.deferrability(), u.options().renamed(r::apply)))
                        .toList())
                .checks(t.checks().stream().map(k -> k.withExpression(mention(k.expression(), from, to)))
                        .toList())
                .foreignKeys(t.foreignKeys().stream().map(fk -> fk.toBuilder().columns(r.apply(fk.columns())).build())
                        .toList())
                .indexes(t.indexes().stream().map(i -> i.toBuilder().keys(i.keys().stream()
                        .map(k -> k.expression() ? IndexKey.expression(mention(k.text(), from, to))
                                : k.text().equals(from) ? IndexKey.column(to) : k).toList())
                        .where(mention(i.where(), from, to)).build()).toList())
                .exclusions(t.exclusions().stream().map(x -> x.toBuilder().elements(x.elements().stream()
                        .map(e -> e.withKey(e.key().expression() ? e.key().withText(mention(e.key().text(), from, to))
                                : e.key().text().equals(from) ? e.key().withText(to) : e.key())).toList())
                        .include(r.apply(x.include())).where(mention(x.where(), from, to)).build()).toList())
                .build();
        tables.put(t.name(), renamed);
        tables.replaceAll((n, o) -> withForeignKeys(o, o.foreignKeys().stream().map(fk -> fk.referencedTable()
                .equals(t.name()) ? fk.toBuilder().referencedColumns(r.apply(fk.referencedColumns())).build() : fk)
                .toList()));
    }

    /** PostgreSQL rewrites stored expressions on a column rename; words only, enough for the tests' expressions. */
    private static String mention(String sql, String from, String to) {
        if (sql == null) {
            return null;
        }
        return sql.replaceAll("(?<![\\w$.\"'])" + Pattern.quote(from) + "(?![\\w$(\"'])",
                Matcher.quoteReplacement(Identifiers.quote(to)));
    }

    private static boolean usedByGenerated(Table t, String column) {
        String word = "(?<![\\w$\"])" + Pattern.quote(column) + "(?![\\w$\"])";
        return t.columns().stream().map(Column::generatedExpression).filter(Objects::nonNull)
                .anyMatch(g -> Pattern.compile(word).matcher(g).find());
    }

    /** An enum column's default naming a label must name one the enum has, as PostgreSQL checks. */
    private void defaultValid(Column column) {
        String d = column.defaultExpression();
        dev.shale.sql.SequenceCalls.in(d).forEach(s -> check(sequences.containsKey(s), "default calls missing sequence " + s));
        if (d == null || !column.type().isUserType() || column.type().dimensions() > 0 || !d.startsWith("'")) {
            return;
        }
        String label = labelOf(d).orElseThrow(() -> new IllegalStateException("unreadable default " + d));
        check(enumType(column.type().userTypeName()).values().contains(label),
                "invalid input value for enum " + column.type() + ": " + label);
    }

    private static Optional<String> labelOf(String defaultExpression) {
        if (defaultExpression == null) {
            return Optional.empty();
        }
        Matcher literal = Pattern.compile("'((?:[^']|'')*)'.*").matcher(defaultExpression);
        return literal.matches() ? Optional.of(literal.group(1).replace("''", "'")) : Optional.empty();
    }

    private static boolean isOf(Column column, QualifiedName type) {
        return column.type().isUserType() && column.type().userTypeName().equals(type);
    }

    private static Column withDefault(Column c, String expression) {
        return c.toBuilder().defaultExpression(expression).build();
    }

    private static Set<ColumnAspect> aspects(Column from, Column to) {
        Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
        if (!from.type().equals(to.type())) {
            aspects.add(ColumnAspect.TYPE);
        }
        if (from.nullable() != to.nullable()) {
            aspects.add(ColumnAspect.NULLABILITY);
        }
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            aspects.add(ColumnAspect.DEFAULT);
        }
        if (!Objects.equals(from.identity(), to.identity())) {
            aspects.add(ColumnAspect.IDENTITY);
        }
        if (!Objects.equals(from.collation(), to.collation())) {
            aspects.add(ColumnAspect.COLLATION);
        }
        check(Objects.equals(from.generatedExpression(), to.generatedExpression())
                && Objects.equals(from.comment(), to.comment()), "alter changes more than its aspects");
        return aspects;
    }

    private List<EnumUsage> usages(QualifiedName type) {
        List<EnumUsage> usages = new ArrayList<>();
        for (Table t : tables.values()) {
            for (Column c : t.columns()) {
                if (c.type().isUserType() && c.type().userTypeName().equals(type)) {
                    usages.add(new EnumUsage(t.name(), c));
                }
            }
        }
        return usages;
    }

    private Set<Set<String>> keys(Table t) {
        Set<Set<String>> keys = new java.util.HashSet<>();
        if (t.primaryKey() != null) {
            keys.add(Set.copyOf(t.primaryKey().columns()));
        }
        t.uniques().forEach(u -> keys.add(Set.copyOf(u.columns())));
        t.indexes().stream().filter(i -> i.unique() && i.where() == null && i.keys().stream().noneMatch(IndexKey::expression))
                .forEach(i -> keys.add(Set.copyOf(i.keys().stream().map(IndexKey::text).toList())));
        return keys;
    }

    private void notReliedOn(QualifiedName table, List<String> key) {
        check(tables.values().stream().flatMap(t -> t.foreignKeys().stream()).noneMatch(fk ->
                fk.referencedTable().equals(table) && Set.copyOf(fk.referencedColumns()).equals(Set.copyOf(key))),
                "a foreign key relies on key " + key);
    }

    private Set<String> columnsInUse(Table t) {
        Set<String> used = new TreeSet<>();
        if (t.primaryKey() != null) {
            used.addAll(t.primaryKey().columns());
        }
        t.uniques().forEach(u -> used.addAll(u.columns()));
        t.foreignKeys().forEach(fk -> used.addAll(fk.columns()));
        t.indexes().forEach(i -> i.keys().stream().filter(k -> !k.expression()).forEach(k -> used.add(k.text())));
        t.exclusions().forEach(x -> used.addAll(exclusionColumns(x)));
        return used;
    }

    /** The plain columns of an exclusion constraint: its column elements and INCLUDE columns. */
    private static List<String> exclusionColumns(ExclusionConstraint x) {
        List<String> columns = new ArrayList<>(x.keys().stream().filter(k -> !k.expression()).map(IndexKey::text)
                .toList());
        columns.addAll(x.include());
        return columns;
    }

    private void addConstraint(Table t, String constraintName, List<String> columns, boolean isIndex) {
        check(!constraintNames(t).contains(constraintName), "constraint " + constraintName + " exists");
        if (isIndex) {
            createRelation(t.name().schema(), constraintName);
        }
        columns.forEach(c -> check(t.column(c).isPresent(), "no column " + c));
    }

    private static Set<String> constraintNames(Table t) {
        Set<String> names = new TreeSet<>();
        if (t.primaryKey() != null) {
            names.add(t.primaryKey().name());
        }
        t.uniques().forEach(u -> names.add(u.name()));
        t.checks().forEach(c -> names.add(c.name()));
        t.foreignKeys().forEach(fk -> names.add(fk.name()));
        t.exclusions().forEach(x -> names.add(x.name()));
        return names;
    }

    /** Names a table takes in its schema's relation namespace: itself, its key indexes, its indexes. */
    private static List<String> relationNames(Table t) {
        List<String> names = new ArrayList<>();
        if (t.primaryKey() != null) {
            names.add(t.primaryKey().name());
        }
        t.uniques().forEach(u -> names.add(u.name()));
        t.indexes().forEach(i -> names.add(i.name()));
        t.exclusions().forEach(x -> names.add(x.name()));
        return names;
    }

    private void createRelation(String schema, String relation) {
        boolean taken = tables.values().stream().filter(t -> t.name().schema().equals(schema))
                .anyMatch(t -> t.name().name().equals(relation) || relationNames(t).contains(relation))
                || sequences.containsKey(new QualifiedName(schema, relation));
        check(!taken, "relation " + schema + "." + relation + " exists");
    }

    private void createType(QualifiedName typeName) {
        check(schemas.contains(typeName.schema()), "no schema " + typeName.schema());
        check(!enums.containsKey(typeName) && !tables.containsKey(typeName), typeName + " exists");
        createRelation(typeName.schema(), typeName.name());
    }

    private void typeExists(ColumnType type) {
        check(!type.isUserType() || enums.containsKey(type.userTypeName())
                || extensions.values().stream().anyMatch(e -> e.schema().equals(type.schema())), "no type " + type);
    }

    private EnumType enumType(QualifiedName typeName) {
        EnumType type = enums.get(typeName);
        check(type != null, "no enum " + typeName);
        return type;
    }

    private Table table(QualifiedName tableName) {
        Table t = tables.get(tableName);
        check(t != null, "no table " + tableName);
        return t;
    }

    private void put(Table t, PrimaryKey pk, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
                     List<ForeignKey> fks, List<Index> indexes) {
        tables.put(t.name(), t.toBuilder().primaryKey(pk).uniques(uniques).checks(checks).foreignKeys(fks)
                .indexes(indexes).build());
    }

    private static Column retype(Column c, QualifiedName from, QualifiedName to) {
        if (!c.type().isUserType() || !c.type().userTypeName().equals(from)) {
            return c;
        }
        return c.toBuilder().type(new ColumnType(to.schema(), to.name(), c.type().modifiers(), c.type().dimensions()))
                .build();
    }

    private static Table withColumns(Table t, List<Column> columns) {
        return t.toBuilder().columns(columns).build();
    }

    private static Table withForeignKeys(Table t, List<ForeignKey> fks) {
        return t.toBuilder().foreignKeys(fks).build();
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> minus(List<T> list, T item) {
        return list.stream().filter(x -> !x.equals(item)).toList();
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
