package dev.shale.diff;

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
import dev.shale.model.QualifiedName;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts changes in dependency order: by phase, then within a phase by the qualified name of the
 * table or type, then by the object's name. Every change depends only on earlier ones, so the
 * reversed list of their reverses is a valid order too. The phases:
 * <ol start="0">
 * <li>create schemas (before renames, which may move objects into them)
 * <li>drop foreign keys
 * <li>drop indexes, checks, uniques, primary keys
 * <li>rename enums, enum values; the constraints and indexes of a table that is about to move
 *     to another schema (named by its old name), where their old names are taken there; tables,
 *     columns, constraints, indexes; then drop generated columns (only keys and indexes, dropped
 *     earlier, can depend on them, while they depend on columns altered or dropped later, and on
 *     columns an enum swap converts) and columns that are added back
 * <li>create enums, add enum values (each at its final position, left to right)
 * <li>recreate enums
 * <li>create tables
 * <li>add plain columns
 * <li>alter columns; add or alter the columns whose existing rows are filled (the fill expressions see the other
 *     columns added and with their final types; a fill reading another filled column after it); then add
 *     generated columns (their expressions see the columns' final types)
 * <li>drop columns
 * <li>add primary keys, uniques, checks, create indexes
 * <li>add foreign keys
 * <li>drop tables
 * <li>drop enums, drop schemas
 * <li>comments on enums, then on tables and their columns
 * </ol>
 */
final class ChangeOrder {

    /** Where a change sorts: {@code schema} and {@code name} of its table or type, {@code object} within it. */
    private record Key(int phase, int step, String schema, String name, String object, int position) {

        static final Comparator<Key> ORDER = Comparator.comparingInt(Key::phase)
                .thenComparingInt(Key::step)
                .thenComparing(Key::schema)
                .thenComparing(Key::name)
                .thenComparing(Key::object)
                .thenComparingInt(Key::position);

        static Key of(int phase, int step, QualifiedName owner, String object) {
            return new Key(phase, step, owner.schema(), owner.name(), object, 0);
        }
    }

    /** A column of a table, by name. */
    private record ColumnRef(QualifiedName table, String column) {
    }

    private ChangeOrder() {
    }

    static List<Change> sort(List<Change> changes) {
        Set<ColumnRef> added = new HashSet<>();
        Set<QualifiedName> renamedAway = new HashSet<>();
        Set<ColumnRef> filled = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof AddColumn c) {
                added.add(new ColumnRef(c.table(), c.column().name()));
            } else if (change instanceof RenameTable c) {
                renamedAway.add(c.from());
            }
            fill(change).ifPresent(f -> filled.add(f.column()));
        }
        return changes.stream()
                .sorted(Comparator.comparing(change -> key(change, added, renamedAway, filled), Key.ORDER))
                .toList();
    }

    /** A column filled with an expression, and the expression. */
    private record Fill(ColumnRef column, String expression) {
    }

    private static Optional<Fill> fill(Change change) {
        if (change instanceof AddColumn c && c.fill() != null) {
            return Optional.of(new Fill(new ColumnRef(c.table(), c.column().name()), c.fill()));
        }
        if (change instanceof AlterColumn c && c.fill() != null) {
            return Optional.of(new Fill(new ColumnRef(c.table(), c.to().name()), c.fill()));
        }
        return Optional.empty();
    }

    /** 1 for a fill, 2 for one that reads another column filled in the same migration (it runs after those). */
    private static int fillStep(Fill fill, Set<ColumnRef> filled) {
        Set<String> others = new HashSet<>();
        for (ColumnRef ref : filled) {
            if (ref.table().equals(fill.column().table()) && !ref.equals(fill.column())) {
                others.add(ref.column());
            }
        }
        return ColumnMentions.inExpression(fill.expression(), others) ? 2 : 1;
    }

    /**
     * @param renamedAway old names of renamed tables: a constraint or index rename naming one of them
     *                    runs before the table's rename (no other table takes such a name before phase 6)
     */
    private static Key key(Change change, Set<ColumnRef> added, Set<QualifiedName> renamedAway,
                           Set<ColumnRef> filled) {
        Optional<Fill> fill = fill(change);
        if (fill.isPresent()) {
            return Key.of(8, fillStep(fill.get(), filled), fill.get().column().table(), fill.get().column().column());
        }
        if (change instanceof CreateSchema c) {
            return new Key(0, 0, c.name(), "", "", 0);
        } else if (change instanceof DropForeignKey c) {
            return Key.of(1, 0, c.table(), c.foreignKey().name());
        } else if (change instanceof DropIndex c) {
            return Key.of(2, 0, c.table(), c.index().name());
        } else if (change instanceof DropCheck c) {
            return Key.of(2, 1, c.table(), c.check().name());
        } else if (change instanceof DropUnique c) {
            return Key.of(2, 2, c.table(), c.unique().name());
        } else if (change instanceof DropPrimaryKey c) {
            return Key.of(2, 3, c.table(), c.primaryKey().name());
        } else if (change instanceof RenameEnum c) {
            return Key.of(3, 0, c.to(), "");
        } else if (change instanceof RenameEnumValue c) {
            return Key.of(3, 1, c.type(), c.to());
        } else if (change instanceof RenameConstraint c && renamedAway.contains(c.table())) {
            return Key.of(3, 2, c.table(), c.to());
        } else if (change instanceof RenameIndex c && renamedAway.contains(c.table())) {
            return Key.of(3, 3, c.table(), c.to());
        } else if (change instanceof RenameTable c) {
            return Key.of(3, 4, c.to(), "");
        } else if (change instanceof RenameColumn c) {
            return Key.of(3, 5, c.table(), c.to());
        } else if (change instanceof RenameConstraint c) {
            return Key.of(3, 6, c.table(), c.to());
        } else if (change instanceof RenameIndex c) {
            return Key.of(3, 7, c.table(), c.to());
        } else if (change instanceof CreateEnum c) {
            return Key.of(4, 0, c.type().name(), "");
        } else if (change instanceof AddEnumValue c) {
            return new Key(4, 1, c.to().name().schema(), c.to().name().name(), "", c.to().values().indexOf(c.value()));
        } else if (change instanceof RecreateEnum c) {
            return Key.of(5, 0, c.to().name(), "");
        } else if (change instanceof CreateTable c) {
            return Key.of(6, 0, c.table().name(), "");
        } else if (change instanceof DropColumn c && (added.contains(new ColumnRef(c.table(), c.column().name()))
                || c.column().generatedExpression() != null)) {
            return Key.of(3, 8, c.table(), c.column().name());
        } else if (change instanceof AddColumn c && c.column().generatedExpression() != null) {
            return Key.of(8, 3, c.table(), c.column().name());
        } else if (change instanceof AddColumn c) {
            return Key.of(7, 1, c.table(), c.column().name());
        } else if (change instanceof AlterColumn c) {
            return Key.of(8, 0, c.table(), c.to().name());
        } else if (change instanceof DropColumn c) {
            return Key.of(9, 0, c.table(), c.column().name());
        } else if (change instanceof AddPrimaryKey c) {
            return Key.of(10, 0, c.table(), c.primaryKey().name());
        } else if (change instanceof AddUnique c) {
            return Key.of(10, 1, c.table(), c.unique().name());
        } else if (change instanceof AddCheck c) {
            return Key.of(10, 2, c.table(), c.check().name());
        } else if (change instanceof CreateIndex c) {
            return Key.of(10, 3, c.table(), c.index().name());
        } else if (change instanceof AddForeignKey c) {
            return Key.of(11, 0, c.table(), c.foreignKey().name());
        } else if (change instanceof DropTable c) {
            return Key.of(12, 0, c.table().name(), "");
        } else if (change instanceof DropEnum c) {
            return Key.of(13, 0, c.type().name(), "");
        } else if (change instanceof DropSchema c) {
            return new Key(13, 1, c.name(), "", "", 0);
        } else if (change instanceof SetEnumComment c) {
            return Key.of(14, 0, c.type(), "");
        } else if (change instanceof SetTableComment c) {
            return Key.of(14, 1, c.table(), "");
        } else if (change instanceof SetColumnComment c) {
            // After its table's comment: the table's comment has the empty object name.
            return Key.of(14, 1, c.table(), c.column());
        }
        throw new IllegalArgumentException("no phase for " + change);
    }
}
