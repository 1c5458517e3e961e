package dev.shale.diff.postgres;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AlterColumn;
import dev.shale.model.Column;
import java.util.List;

/**
 * The hazards of making a column NOT NULL on a table with rows: without a fill (a backfill or a default) the
 * change fails there, which the hazard says with both ways out; with one, the fill writes rows inside the
 * migration's transaction.
 */
final class FillHazards {

    private static final String BY_HAND = "or, to prepare the data by hand: discard this migration (shale discard),"
            + " write a data migration (shale create NAME), then run shale generate again.";

    private FillHazards() {
    }

    /** The hazards of adding a NOT NULL column without a default, with or without a fill. */
    static void addColumn(AddColumn change, List<Hazard> hazards) {
        Column column = change.column();
        String name = change.table() + "." + column.name();
        String object = HazardObject.member(change.table(), column.name());
        if (change.fill() != null) {
            hazards.add(new Hazard(HazardCode.BACKFILL_REWRITE, object, change, "Filling new column " + name
                    + " with " + change.fill() + " writes every row of " + change.table() + " (in batches of "
                    + FillSql.BATCH + ") while the migration's transaction holds an exclusive lock on it."));
        } else if (change.givesRowsNoValue()) {
            hazards.add(new Hazard(HazardCode.FAILS_ON_ROWS, object, change, "Adding column " + name
                    + " NOT NULL without a default fails if " + change.table() + " has rows: nothing gives them a"
                    + " value. Declare @Backfill(\"...\") (a SQL expression for the existing rows) or @Default(...) on it and run"
                    + " shale generate again; " + BY_HAND));
        }
    }

    /** The hazards of setting a column NOT NULL, with or without a fill for its NULLs. */
    static void alterColumn(AlterColumn change, List<Hazard> hazards) {
        String name = change.table() + "." + change.to().name();
        String object = HazardObject.member(change.table(), change.to().name());
        if (change.fillsNulls()) {
            hazards.add(new Hazard(HazardCode.BACKFILL_UNDER_LOCK, object, change, "Filling the NULLs of column "
                    + name + " with " + change.fill() + " writes those rows (in batches of " + FillSql.BATCH
                    + ") inside the migration's transaction, which keeps them locked until it commits."));
        } else {
            String declare = change.to().identity() == null
                    ? " Declare @Backfill(\"...\") (a SQL expression for those rows) or @Default(...) on it and run"
                            + " shale generate again; " + BY_HAND
                    : " To prepare the data by hand: discard this migration (shale discard), write a data migration"
                            + " (shale create NAME), then run shale generate again.";
            hazards.add(new Hazard(HazardCode.FAILS_ON_ROWS, object, change, "Setting column " + name
                    + " NOT NULL fails if a row of " + change.table() + " holds NULL in it: nothing fills those rows."
                    + declare));
        }
    }
}
