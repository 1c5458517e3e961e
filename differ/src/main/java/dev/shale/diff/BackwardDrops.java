package dev.shale.diff;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.HazardCode;
import dev.shale.diff.postgres.HazardObject;
import java.util.List;

/**
 * Which drops break the release still running: a column dropped and added back in the same migration (a generated
 * column whose expression changed) is there again when the migration commits, so its drop breaks nothing.
 */
final class BackwardDrops {

    private BackwardDrops() {
    }

    /** Whether {@code hazard} is a backward-incompatible drop of an object that one of {@code later} adds back. */
    static boolean addedBack(Hazard hazard, List<Change> later) {
        if (hazard.code() != HazardCode.BACKWARD_INCOMPATIBLE_DROP) {
            return false;
        }
        for (Change change : later) {
            if (change instanceof AddColumn add
                    && HazardObject.member(add.table(), add.column().name()).equals(hazard.object())) {
                return true;
            }
            if (change instanceof CreateTable create && HazardObject.of(create.table().name()).equals(hazard.object())) {
                return true;
            }
        }
        return false;
    }
}
