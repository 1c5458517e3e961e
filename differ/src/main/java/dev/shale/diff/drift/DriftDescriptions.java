package dev.shale.diff.drift;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
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
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetTableComment;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        QualifiedName table = change instanceof AddForeignKey c ? c.table()
                : change instanceof DropForeignKey c ? c.table()
                : change instanceof CreateIndex c ? c.table()
                : change instanceof DropIndex c ? c.table()
                : change instanceof AddCheck c ? c.table()
                : change instanceof DropCheck c ? c.table()
                : change instanceof AddUnique c ? c.table()
                : change instanceof DropUnique c ? c.table()
                : change instanceof AddPrimaryKey c ? c.table()
                : change instanceof DropPrimaryKey c ? c.table()
                : change instanceof SetColumnComment c ? c.table()
                : null;
        return table != null && wholeTables.contains(table);
    }

    /** The object an add (or create) change makes, as a key; null for other changes. */
    private static String addKey(Change change) {
        if (change instanceof AddColumn c) {
            return "column " + c.table() + " " + c.column().name();
        } else if (change instanceof AddCheck c) {
            return "check " + c.table() + " " + c.check().name();
        } else if (change instanceof AddForeignKey c) {
            return "fk " + c.table() + " " + c.foreignKey().name();
        } else if (change instanceof CreateIndex c) {
            return "index " + c.table() + " " + c.index().name();
        } else if (change instanceof AddUnique c) {
            return "unique " + c.table() + " " + c.unique().name();
        } else if (change instanceof AddPrimaryKey c) {
            return "pk " + c.table();
        } else if (change instanceof CreateTable c) {
            return "table " + c.table().name();
        } else if (change instanceof CreateEnum c) {
            return "enum " + c.type().name();
        }
        return null;
    }

    /** A drop (the database's object) and an add (the snapshot's) of one object. */
    private static List<DriftItem> changed(Change drop, Change add) {
        List<DriftItem> out = new ArrayList<>();
        if (drop instanceof DropColumn d && add instanceof AddColumn a) {
            String object = ObjectText.column(a.table(), a.column().name());
            columnAspects(object, d.column(), a.column(), out);
            if (!Objects.equals(d.column().generatedExpression(), a.column().generatedExpression())) {
                out.add(DriftItem.changed("column", object, "generated expression", a.column().generatedExpression(),
                        d.column().generatedExpression()));
            }
        } else if (drop instanceof DropCheck d && add instanceof AddCheck a) {
            out.add(DriftItem.changed("check", ObjectText.on(a.check().name(), a.table()), "expression",
                    a.check().expression(), d.check().expression()));
        } else if (drop instanceof DropForeignKey d && add instanceof AddForeignKey a) {
            foreignKey(ObjectText.on(a.foreignKey().name(), a.table()), d.foreignKey(), a.foreignKey(), out);
        } else if (drop instanceof DropIndex d && add instanceof CreateIndex a) {
            index(ObjectText.on(a.index().name(), a.table()), d.index(), a.index(), out);
        } else if (drop instanceof DropUnique d && add instanceof AddUnique a) {
            out.add(DriftItem.changed("unique constraint", ObjectText.on(a.unique().name(), a.table()), "columns",
                    ObjectText.columns(a.unique().columns()), ObjectText.columns(d.unique().columns())));
        } else if (drop instanceof DropPrimaryKey d && add instanceof AddPrimaryKey a) {
            String object = ObjectText.name(a.table());
            if (!d.primaryKey().name().equals(a.primaryKey().name())) {
                out.add(DriftItem.changed("primary key", "of " + object, "name", a.primaryKey().name(),
                        d.primaryKey().name()));
            }
            if (!d.primaryKey().columns().equals(a.primaryKey().columns())) {
                out.add(DriftItem.changed("primary key", "of " + object, "columns",
                        ObjectText.columns(a.primaryKey().columns()), ObjectText.columns(d.primaryKey().columns())));
            }
        } else if (drop instanceof DropTable d && add instanceof CreateTable a) {
            out.add(DriftItem.changed("table", ObjectText.name(a.table().name()), "definition",
                    ObjectText.table(a.table()), ObjectText.table(d.table())));
        } else if (drop instanceof DropEnum d && add instanceof CreateEnum a) {
            out.add(DriftItem.changed("enum", ObjectText.name(a.type().name()), "values", ObjectText.values(a.type()),
                    ObjectText.values(d.type())));
        }
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
    }

    private static String keys(Index index) {
        return index.keys().stream().map(IndexKey::sql).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String unique(Index index) {
        return index.unique() ? "UNIQUE" : "not unique";
    }

    /** One change alone: an object missing from or extra in the database, or one aspect of it. */
    private static List<DriftItem> single(Change change) {
        if (change instanceof CreateSchema c) {
            return List.of(DriftItem.missing("schema", c.name(), null));
        } else if (change instanceof DropSchema c) {
            return List.of(DriftItem.extra("schema", c.name(), null));
        } else if (change instanceof CreateEnum c) {
            return List.of(DriftItem.missing("enum", ObjectText.name(c.type().name()), ObjectText.values(c.type())));
        } else if (change instanceof DropEnum c) {
            return List.of(DriftItem.extra("enum", ObjectText.name(c.type().name()), ObjectText.values(c.type())));
        } else if (change instanceof RenameEnum c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.from()), "name", ObjectText.name(c.to()),
                    ObjectText.name(c.from())));
        } else if (change instanceof AddEnumValue c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.to().name()), "values",
                    ObjectText.values(c.to()), ObjectText.values(c.from())));
        } else if (change instanceof RenameEnumValue c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.type()), "value " + c.from(), c.to(), c.from()));
        } else if (change instanceof RecreateEnum c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.to().name()), "values",
                    ObjectText.values(c.to()), ObjectText.values(c.from())));
        } else if (change instanceof SetEnumComment c) {
            return List.of(DriftItem.changed("enum", ObjectText.name(c.type()), "comment", c.to(), c.from()));
        } else if (change instanceof CreateTable c) {
            return List.of(DriftItem.missing("table", ObjectText.name(c.table().name()), ObjectText.table(c.table())));
        } else if (change instanceof DropTable c) {
            return List.of(DriftItem.extra("table", ObjectText.name(c.table().name()), ObjectText.table(c.table())));
        } else if (change instanceof RenameTable c) {
            return List.of(DriftItem.changed("table", ObjectText.name(c.from()), "name", ObjectText.name(c.to()),
                    ObjectText.name(c.from())));
        } else if (change instanceof SetTableComment c) {
            return List.of(DriftItem.changed("table", ObjectText.name(c.table()), "comment", c.to(), c.from()));
        } else if (change instanceof AddColumn c) {
            return List.of(DriftItem.missing("column", ObjectText.column(c.table(), c.column().name()),
                    ObjectText.column(c.column())));
        } else if (change instanceof DropColumn c) {
            return List.of(DriftItem.extra("column", ObjectText.column(c.table(), c.column().name()),
                    ObjectText.column(c.column())));
        } else if (change instanceof RenameColumn c) {
            return List.of(DriftItem.changed("column", ObjectText.column(c.table(), c.from()), "name", c.to(), c.from()));
        } else if (change instanceof AlterColumn c) {
            List<DriftItem> out = new ArrayList<>();
            columnAspects(ObjectText.column(c.table(), c.to().name()), c.from(), c.to(), out);
            return out;
        } else if (change instanceof SetColumnComment c) {
            return List.of(DriftItem.changed("column", ObjectText.column(c.table(), c.column()), "comment", c.to(),
                    c.from()));
        } else if (change instanceof AddPrimaryKey c) {
            return List.of(DriftItem.missing("primary key", ObjectText.on(c.primaryKey().name(), c.table()),
                    ObjectText.columns(c.primaryKey().columns())));
        } else if (change instanceof DropPrimaryKey c) {
            return List.of(DriftItem.extra("primary key", ObjectText.on(c.primaryKey().name(), c.table()),
                    ObjectText.columns(c.primaryKey().columns())));
        } else if (change instanceof AddUnique c) {
            return List.of(DriftItem.missing("unique constraint", ObjectText.on(c.unique().name(), c.table()),
                    ObjectText.columns(c.unique().columns())));
        } else if (change instanceof DropUnique c) {
            return List.of(DriftItem.extra("unique constraint", ObjectText.on(c.unique().name(), c.table()),
                    ObjectText.columns(c.unique().columns())));
        } else if (change instanceof AddCheck c) {
            return List.of(DriftItem.missing("check", ObjectText.on(c.check().name(), c.table()),
                    ObjectText.check(c.check())));
        } else if (change instanceof DropCheck c) {
            return List.of(DriftItem.extra("check", ObjectText.on(c.check().name(), c.table()),
                    ObjectText.check(c.check())));
        } else if (change instanceof AddForeignKey c) {
            return List.of(DriftItem.missing("foreign key", ObjectText.on(c.foreignKey().name(), c.table()),
                    ObjectText.foreignKey(c.foreignKey())));
        } else if (change instanceof DropForeignKey c) {
            return List.of(DriftItem.extra("foreign key", ObjectText.on(c.foreignKey().name(), c.table()),
                    ObjectText.foreignKey(c.foreignKey())));
        } else if (change instanceof RenameConstraint c) {
            return List.of(DriftItem.changed("constraint", ObjectText.on(c.from(), c.table()), "name", c.to(), c.from()));
        } else if (change instanceof CreateIndex c) {
            return List.of(DriftItem.missing("index", ObjectText.on(c.index().name(), c.table()),
                    ObjectText.index(c.index())));
        } else if (change instanceof DropIndex c) {
            return List.of(DriftItem.extra("index", ObjectText.on(c.index().name(), c.table()),
                    ObjectText.index(c.index())));
        } else if (change instanceof RenameIndex c) {
            return List.of(DriftItem.changed("index", ObjectText.on(c.from(), c.table()), "name", c.to(), c.from()));
        }
        throw new AssertionError("no drift description for " + change.getClass().getName());
    }
}
