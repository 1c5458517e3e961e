package dev.shale.diff;

import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Diffs the foreign keys of a table present in both models. A foreign key is rebuilt when one of
 * its columns, or of the columns it refers to, is replaced, when the key it relies on is dropped,
 * or when its columns are of an enum type swapped for a new one in either direction: the columns
 * on its two sides are converted one at a time, and PostgreSQL refuses a key between two types.
 * It is rebuilt too when a column on either side changes type or collation in place and one of its
 * columns is an enum or an array: PostgreSQL re-adds such a key itself after ALTER COLUMN TYPE and
 * fails ("could not find cast from ... to anyenum/anyarray") on a column compared by a polymorphic
 * operator, so Shale drops the key before the change and adds it back after.
 */
final class ForeignKeyDiffer {

    private final Map<QualifiedName, Set<String>> replaced;
    private final Map<QualifiedName, Set<String>> altered;
    private final Map<QualifiedName, List<Set<String>>> droppedKeys;
    private final Set<QualifiedName> swappedEnums;

    /**
     * @param replaced     per table (renamed view), the columns that are dropped and added back
     * @param altered      per table (renamed view), the columns whose type or collation changes in place
     * @param droppedKeys  per table (renamed view), the column sets of dropped keys and unique indexes
     * @param swappedEnums enum types (renamed view) that the up or the down migration recreates
     */
    ForeignKeyDiffer(Map<QualifiedName, Set<String>> replaced, Map<QualifiedName, Set<String>> altered,
                     Map<QualifiedName, List<Set<String>>> droppedKeys, Set<QualifiedName> swappedEnums) {
        this.replaced = replaced;
        this.altered = altered;
        this.droppedKeys = droppedKeys;
        this.swappedEnums = swappedEnums;
    }

    /** {@code original}: the table as the old model has it, whose names the drops use. */
    List<Change> diff(Table original, Table from, Table to) {
        QualifiedName table = to.name();
        NamedMatch.Result<ForeignKey> result = NamedMatch.match(from.foreignKeys(), to.foreignKeys(),
                ForeignKey::name,
                // deferrability and NOT VALID are states, changed in place
                fk -> new ForeignKey("", fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                        fk.onDelete(), fk.onUpdate()),
                fk -> mustRebuild(table, fk) || ofSwappedEnum(from, fk) || ofSwappedEnum(to, fk)
                        || alteredUnderPolymorphicKey(table, fk, from, to));
        List<Change> changes = new ArrayList<>();
        result.dropped().forEach(fk -> changes.add(new DropForeignKey(original.name(),
                ConstraintDiffer.named(original.foreignKeys(), ForeignKey::name, fk.name()), false)));
        result.added().forEach(fk -> changes.add(new AddForeignKey(table, fk, false)));
        result.renamed().forEach(r -> changes.add(new RenameConstraint(table, r.from().name(), r.to().name())));
        for (ForeignKey now : to.foreignKeys()) {
            ForeignKey old = ConstraintDiffer.kept(result, from.foreignKeys(), now, ForeignKey::name);
            if (old == null) {
                continue;
            }
            // validity changes carry the old deferrability, which an alteration after them (or before their
            // reverses, in the down migration) changes: each change and its reverse keep the other's aspect
            ForeignKey before = now.toBuilder().deferrability(old.deferrability()).build();
            if (!old.notValid() && now.notValid()) {
                changes.add(new InvalidateConstraint(table, null, before));
            } else if (old.notValid() && !now.notValid()) {
                changes.add(new ValidateConstraint(table, null, before));
            }
            if (old.deferrability() != now.deferrability()) {
                changes.add(new AlterForeignKeyDeferrability(table, now, old.deferrability()));
            }
        }
        return changes;
    }

    private boolean ofSwappedEnum(Table table, ForeignKey fk) {
        return fk.columns().stream().map(table::column).flatMap(Optional::stream)
                .anyMatch(c -> c.type().isUserType() && swappedEnums.contains(c.type().userTypeName()));
    }

    /**
     * Whether a column of {@code fk}, on either side, changes type or collation in place while one of its columns
     * (in {@code from} or {@code to}) is an enum or an array, whose equality operator takes {@code anyenum} or
     * {@code anyarray}: PostgreSQL cannot re-add that key after the ALTER COLUMN TYPE.
     */
    private boolean alteredUnderPolymorphicKey(QualifiedName table, ForeignKey fk, Table from, Table to) {
        boolean alters = ColumnMentions.inColumns(fk.columns(), altered.getOrDefault(table, Set.of()))
                || ColumnMentions.inColumns(fk.referencedColumns(), altered.getOrDefault(fk.referencedTable(), Set.of()));
        return alters && Stream.of(from, to).flatMap(t -> fk.columns().stream().map(t::column))
                .flatMap(Optional::stream)
                .anyMatch(c -> c.type().isUserType() || c.type().dimensions() > 0);
    }

    private boolean mustRebuild(QualifiedName table, ForeignKey fk) {
        return ColumnMentions.inColumns(fk.columns(), replaced.getOrDefault(table, Set.of()))
                || ColumnMentions.inColumns(fk.referencedColumns(), replaced.getOrDefault(fk.referencedTable(), Set.of()))
                || droppedKeys.getOrDefault(fk.referencedTable(), List.of()).contains(Set.copyOf(fk.referencedColumns()));
    }
}
