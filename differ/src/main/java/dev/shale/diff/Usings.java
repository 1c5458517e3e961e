package dev.shale.diff;

import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.model.Conversions;
import java.util.List;

/**
 * Attaches the conversions declared with {@code @Using} to the type changes of their columns; a conversion on a
 * column whose type does not change is inert.
 */
final class Usings {

    private Usings() {
    }

    /** {@code changes}, each type change of a column with a declared conversion converting with it. */
    static List<Change> attach(List<Change> changes, Conversions conversions) {
        if (conversions.columns().isEmpty()) {
            return changes;
        }
        return changes.stream().map(change -> attach(change, conversions)).toList();
    }

    private static Change attach(Change change, Conversions conversions) {
        if (change instanceof AlterColumn alter && alter.aspects().contains(ColumnAspect.TYPE)) {
            return conversions.of(alter.table(), alter.to().name())
                    .<Change>map(c -> alter.withConversion(c.using(), c.down())).orElse(change);
        }
        return change;
    }
}
