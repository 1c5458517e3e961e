package dev.shale.diff;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.model.Backfills;
import dev.shale.model.Column;
import java.util.List;

/**
 * Gives each change that makes a column NOT NULL on a table with rows the value those rows get: a new NOT NULL
 * column its declared backfill (a new column with only a default takes the default from ADD COLUMN itself); a
 * column turning NOT NULL its backfill, or else its default. Identity and generated columns are filled by
 * PostgreSQL and take none.
 */
final class Fills {

    private Fills() {
    }

    /** {@code changes} with their fills attached. */
    static List<Change> attach(List<Change> changes, Backfills backfills) {
        return changes.stream().map(change -> attach(change, backfills)).toList();
    }

    private static Change attach(Change change, Backfills backfills) {
        if (change instanceof AddColumn c && c.fill() == null && fillable(c.column())) {
            return backfills.of(c.table(), c.column().name())
                    .<Change>map(b -> new AddColumn(c.table(), c.column(), b.expression(), null))
                    .orElse(c);
        }
        if (change instanceof AlterColumn c && c.fill() == null && c.aspects().contains(ColumnAspect.NULLABILITY)
                && fillable(c.to())) {
            String fill = backfills.of(c.table(), c.to().name()).map(Backfills.Backfill::expression)
                    .orElse(c.to().defaultExpression());
            return fill == null ? c : new AlterColumn(c.table(), c.from(), c.to(), c.aspects(), fill);
        }
        return change;
    }

    private static boolean fillable(Column column) {
        return !column.nullable() && column.identity() == null && column.generatedExpression() == null;
    }
}
