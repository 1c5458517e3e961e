package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table moved to another schema takes its key and plain indexes along, under the names they have
 * then. Where such a name is taken in the new schema and the index is renamed anyway, the rename
 * runs before the move, in the old schema (naming the table by its old name), or, when the new name
 * is taken there, through a temporary name: old to temporary before the move, temporary to new after.
 */
final class MovedRelations {

    private MovedRelations() {
    }

    /** {@code changes} with the renames of moved tables' indexes arranged around the moves. */
    static List<Change> arrange(List<Change> changes, RenameResolver.Resolution resolved) {
        List<Change> arranged = new ArrayList<>(changes);
        SchemaModel before = new SchemaModel(List.of(), List.of(), List.copyOf(resolved.originals().values()));
        for (Change change : resolved.renames()) {
            if (change instanceof RenameTable move && !move.from().schema().equals(move.to().schema())) {
                arrange(arranged, move, resolved.original(move.to()), new Namespace(
                        List.of(before, resolved.renamed()), Set.of(move.from(), move.to())));
            }
        }
        return arranged;
    }

    private static void arrange(List<Change> changes, RenameTable move, Table original, Namespace others) {
        String oldSchema = move.from().schema();
        String newSchema = move.to().schema();
        Set<String> own = new HashSet<>(Namespace.indexNames(original));
        for (String name : Namespace.indexNames(original)) {
            if (droppedBefore(changes, move.from(), name) || !others.relationTaken(newSchema, name)) {
                continue;
            }
            Change rename = changes.stream().filter(c -> renames(c, move.to(), name)).findFirst().orElse(null);
            if (rename == null) {
                continue;
            }
            String target = target(rename);
            own.add(target);
            changes.remove(rename);
            if (!others.relationTaken(oldSchema, target)) {
                changes.add(renamed(rename, move.from(), name, target));
            } else {
                String temporary = Namespace.temporaryName(target, n -> own.contains(n)
                        || others.relationTaken(oldSchema, n) || others.relationTaken(newSchema, n));
                own.add(temporary);
                changes.add(renamed(rename, move.from(), name, temporary));
                changes.add(renamed(rename, move.to(), temporary, target));
            }
        }
    }

    private static boolean droppedBefore(List<Change> changes, QualifiedName table, String name) {
        return changes.stream().anyMatch(c -> c instanceof DropPrimaryKey d && d.table().equals(table)
                && d.primaryKey().name().equals(name)
                || c instanceof DropUnique u && u.table().equals(table) && u.unique().name().equals(name)
                || c instanceof DropIndex i && i.table().equals(table) && i.index().name().equals(name));
    }

    private static boolean renames(Change change, QualifiedName table, String name) {
        return change instanceof RenameConstraint c && c.table().equals(table) && c.from().equals(name)
                || change instanceof RenameIndex i && i.table().equals(table) && i.from().equals(name);
    }

    private static String target(Change rename) {
        return rename instanceof RenameConstraint c ? c.to() : ((RenameIndex) rename).to();
    }

    private static Change renamed(Change kind, QualifiedName table, String from, String to) {
        return kind instanceof RenameConstraint ? new RenameConstraint(table, from, to) : new RenameIndex(table, from, to);
    }
}
