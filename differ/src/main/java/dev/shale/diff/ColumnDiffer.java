package dev.shale.diff;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Diffs the columns of a table present in both models: added, dropped, altered in place, or
 * replaced (dropped and added) when the generated expression changed, or when it reads a column
 * whose type or collation changes (PostgreSQL refuses to change either under it), or one of an enum type swapped for a new
 * one ({@link EnumSwaps}); column comments. A dropped column carries its {@link Refills refill} for the down.
 */
final class ColumnDiffer {

    /**
     * The column changes, the names of columns that are dropped and added back, and of columns whose type changes
     * (or that an enum swap converts): PostgreSQL rewrites a check or index expression that mentions such a column
     * with casts to the old type, so those expressions are rebuilt around the change; {@code altered} adds the
     * columns whose collation changes (PostgreSQL rebuilds the foreign keys over a column whose type or collation
     * changes).
     */
    record Result(List<Change> changes, Set<String> replaced, Set<String> retyped, Set<String> altered) {
    }

    private ColumnDiffer() {
    }

    /**
     * @param swaps the enum swaps of the migration
     * @param enums the enum types either model declares (renamed view), whose columns refill with their first label
     */
    static Result diff(Table from, Table to, EnumSwaps swaps, Set<QualifiedName> enums) {
        List<Change> changes = new ArrayList<>();
        Set<String> replaced = new LinkedHashSet<>();
        Set<String> retyped = new LinkedHashSet<>();
        for (Column old : from.columns()) {
            to.column(old.name()).filter(now -> !now.type().equals(old.type())).ifPresent(now -> retyped.add(old.name()));
        }
        retyped.addAll(swaps.mentions(from, to));
        // PostgreSQL refuses to change the type or collation of a column a generated column reads
        Set<String> altered = new LinkedHashSet<>(retyped);
        for (Column old : from.columns()) {
            to.column(old.name()).filter(now -> !Objects.equals(now.collation(), old.collation()))
                    .ifPresent(now -> altered.add(old.name()));
        }
        for (Column old : from.columns()) {
            Optional<Column> now = to.column(old.name());
            if (now.isEmpty()) {
                changes.add(new DropColumn(to.name(), old, Refills.of(from, old, enums)));
            } else if (!Objects.equals(old.generatedExpression(), now.get().generatedExpression())
                    || ColumnMentions.inExpression(old.generatedExpression(), altered)
                    || old.generatedExpression() != null && swaps.swaps(old.type())) {
                changes.add(new DropColumn(to.name(), old, Refills.of(from, old, enums)));
                changes.add(new AddColumn(to.name(), now.get()));
                replaced.add(old.name());
            } else {
                changes.addAll(alter(to, old, now.get()));
            }
        }
        for (Column now : to.columns()) {
            if (from.column(now.name()).isEmpty()) {
                changes.add(new AddColumn(to.name(), now));
            }
        }
        return new Result(changes, replaced, retyped, altered);
    }

    private static List<Change> alter(Table table, Column old, Column now) {
        List<Change> changes = new ArrayList<>();
        Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
        if (!old.type().equals(now.type())) {
            aspects.add(ColumnAspect.TYPE);
        }
        if (old.nullable() != now.nullable()) {
            aspects.add(ColumnAspect.NULLABILITY);
        }
        if (!Objects.equals(old.defaultExpression(), now.defaultExpression())) {
            aspects.add(ColumnAspect.DEFAULT);
        }
        if (!Objects.equals(old.identity(), now.identity())) {
            aspects.add(ColumnAspect.IDENTITY);
        }
        if (!Objects.equals(old.collation(), now.collation())) {
            aspects.add(ColumnAspect.COLLATION);
        }
        if (!aspects.isEmpty()) {
            // The altered column keeps its old comment: a comment change is its own change.
            Column altered = new Column(now.name(), now.type(), now.nullable(), now.defaultExpression(),
                    now.identity(), now.generatedExpression(), old.comment(), now.collation());
            changes.add(new AlterColumn(table.name(), old, altered, aspects));
        }
        if (!Objects.equals(old.comment(), now.comment())) {
            changes.add(new SetColumnComment(table.name(), now.name(), old.comment(), now.comment()));
        }
        return changes;
    }
}
