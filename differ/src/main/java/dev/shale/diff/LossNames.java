package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.Hazard;
import java.util.List;

/**
 * Names a hazard's lost data as the database calls it when the migration starts: a change names objects as they
 * are when it runs, after the renames before it in the same file, but the runner looks the data up before the
 * file runs. Undoes those renames (tables, columns, enums, enum values), latest first.
 */
final class LossNames {

    private LossNames() {
    }

    /** {@code hazard} with its losses named as before {@code earlier}, the changes that run before its own. */
    static Hazard atStart(Hazard hazard, List<Change> earlier) {
        if (hazard.losses().isEmpty()) {
            return hazard;
        }
        List<DataLoss> losses = hazard.losses().stream().map(loss -> atStart(loss, earlier)).toList();
        return new Hazard(hazard.code(), hazard.object(), hazard.change(), hazard.message(), losses);
    }

    /** {@code loss} named as before {@code earlier}. */
    static DataLoss atStart(DataLoss loss, List<Change> earlier) {
        DataLoss named = loss;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            named = undo(named, earlier.get(i));
        }
        return named;
    }

    private static DataLoss undo(DataLoss loss, Change change) {
        boolean onTable = loss.kind() != DataLoss.Kind.ENUM_VALUE;
        if (change instanceof RenameTable r && onTable && loss.relation().equals(r.to())) {
            return new DataLoss(loss.kind(), r.from(), loss.member());
        }
        if (change instanceof RenameColumn r && loss.kind() == DataLoss.Kind.COLUMN
                && loss.relation().equals(r.table()) && loss.member().equals(r.to())) {
            return DataLoss.column(r.table(), r.from());
        }
        if (change instanceof RenameEnum r && !onTable && loss.relation().equals(r.to())) {
            return DataLoss.enumValue(r.from(), loss.member());
        }
        if (change instanceof RenameEnumValue r && !onTable && loss.relation().equals(r.type())
                && loss.member().equals(r.to())) {
            return DataLoss.enumValue(r.type(), r.from());
        }
        return loss;
    }
}
