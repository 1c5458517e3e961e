package dev.shale.diff;

import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTableComment;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Diffs tables: creates new ones (their foreign keys apart), drops old ones (their own foreign
 * keys first), and for tables in both hands columns, constraints and foreign keys to their differs.
 */
final class TableDiffer {

    /** A table present in both models: as the old model has it, in the renamed view, and now. */
    private record Common(Table original, Table from, Table to) {
    }

    private TableDiffer() {
    }

    /**
     * @param resolved     the renames, with the renamed view as it stands after the enum changes
     * @param swappedEnums enum types (renamed view) that the up or the down migration recreates
     */
    static List<Change> diff(RenameResolver.Resolution resolved, SchemaModel to, Set<QualifiedName> swappedEnums) {
        SchemaModel from = resolved.renamed();
        EnumSwaps swaps = new EnumSwaps(swappedEnums);
        Set<QualifiedName> enums = new HashSet<>();
        from.enums().forEach(e -> enums.add(e.name()));
        to.enums().forEach(e -> enums.add(e.name()));
        List<Change> changes = new ArrayList<>();
        List<Common> common = new ArrayList<>();
        for (Table old : from.tables()) {
            Table original = resolved.original(old.name());
            to.table(old.name()).ifPresentOrElse(now -> common.add(new Common(original, old, now)), () -> {
                // The foreign keys go before the renames, in the old names; the table after them.
                for (ForeignKey fk : original.foreignKeys()) {
                    changes.add(new DropForeignKey(original.name(), fk, true));
                }
                changes.add(new DropTable(old));
            });
        }
        for (Table now : to.tables()) {
            if (from.table(now.name()).isEmpty()) {
                changes.add(new CreateTable(now));
                for (ForeignKey fk : now.foreignKeys()) {
                    changes.add(new AddForeignKey(now.name(), fk, true));
                }
            }
        }

        Map<QualifiedName, Set<String>> replaced = new HashMap<>();
        Map<QualifiedName, Set<String>> retyped = new HashMap<>();
        Map<QualifiedName, Set<String>> altered = new HashMap<>();
        for (Common pair : common) {
            ColumnDiffer.Result columns = ColumnDiffer.diff(pair.from(), pair.to(), swaps, enums);
            changes.addAll(columns.changes());
            replaced.put(pair.to().name(), columns.replaced());
            retyped.put(pair.to().name(), columns.retyped());
            altered.put(pair.to().name(), columns.altered());
            if (!Objects.equals(pair.from().comment(), pair.to().comment())) {
                changes.add(new SetTableComment(pair.to().name(), pair.from().comment(), pair.to().comment()));
            }
            if (pair.from().unlogged() != pair.to().unlogged()) {
                // the tables it refers to as it is when it stops being logged, as it becomes when it starts
                Table referring = pair.to().unlogged() ? pair.from() : pair.to();
                changes.add(new SetTablePersistence(pair.to().name(), pair.to().unlogged(),
                        referring.foreignKeys().stream().map(ForeignKey::referencedTable).distinct().toList()));
            }
        }
        Map<QualifiedName, List<Set<String>>> droppedKeys = new HashMap<>();
        for (Common pair : common) {
            Set<String> rebuilt = new HashSet<>(swaps.mentions(pair.from(), pair.to()));
            rebuilt.addAll(retyped.get(pair.to().name()));
            ConstraintDiffer.Result keys = ConstraintDiffer.diff(pair.original(), pair.from(), pair.to(),
                    replaced.get(pair.to().name()), rebuilt);
            changes.addAll(keys.changes());
            droppedKeys.put(pair.to().name(), keys.droppedKeys());
            changes.addAll(replicaIdentity(pair.to().name(), pair.from().replicaIdentity(),
                    pair.to().replicaIdentity(), keys.changes()));
        }
        ForeignKeyDiffer foreignKeys = new ForeignKeyDiffer(replaced, altered, droppedKeys, swappedEnums);
        for (Common pair : common) {
            changes.addAll(foreignKeys.diff(pair.original(), pair.from(), pair.to()));
        }
        return MovedRelations.arrange(changes, resolved);
    }

    /**
     * The replica identity changes of a table in both models, given its key and index changes: an index renamed
     * keeps being the identity under its new name; one dropped and built again must be named again (PostgreSQL
     * marks the index, and the new one is not marked). When the identity's index is dropped, the identity is first
     * reset to DEFAULT, before the drop, and the new one set after what it names is built: the down runs the same
     * changes reversed, and must name the old index again only once it is built again.
     */
    private static List<Change> replicaIdentity(QualifiedName table, ReplicaIdentity from, ReplicaIdentity to,
                                                List<Change> keyChanges) {
        ReplicaIdentity current = from;
        boolean rebuilt = false;
        boolean fromDropped = false;
        for (Change change : keyChanges) {
            if (current.index() != null && dropsIndex(change, current.index())) {
                fromDropped = true;
            }
            if (current.index() != null && change instanceof RenameIndex r && r.from().equals(current.index())) {
                current = ReplicaIdentity.usingIndex(r.to());
            } else if (current.index() != null && change instanceof RenameConstraint r
                    && r.from().equals(current.index())) {
                current = ReplicaIdentity.usingIndex(r.to());
            }
            if (to.index() != null && dropsIndex(change, to.index())) {
                rebuilt = true;
            }
        }
        if (fromDropped) {
            List<Change> changes = new ArrayList<>();
            changes.add(new SetReplicaIdentity(table, current, ReplicaIdentity.DEFAULT));
            if (!to.equals(ReplicaIdentity.DEFAULT)) {
                changes.add(new SetReplicaIdentity(table, ReplicaIdentity.DEFAULT, to));
            }
            return changes;
        }
        return current.equals(to) && !rebuilt ? List.of() : List.of(new SetReplicaIdentity(table, current, to));
    }

    /** Whether {@code change} drops the index called {@code index} (itself, or as a key constraint's). */
    private static boolean dropsIndex(Change change, String index) {
        return change instanceof DropIndex i && i.index().name().equals(index)
                || change instanceof DropUnique u && u.unique().name().equals(index)
                || change instanceof DropPrimaryKey k && k.primaryKey().name().equals(index);
    }
}
