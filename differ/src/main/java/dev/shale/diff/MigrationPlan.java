package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.SqlStatement;
import java.util.List;

/**
 * Everything a migration consists of: the ordered changes, the up statements, the down
 * statements (the reverses, last change first) and the hazards of each direction.
 */
public record MigrationPlan(
        List<Change> changes,
        List<SqlStatement> up,
        List<SqlStatement> down,
        List<Hazard> upHazards,
        List<Hazard> downHazards) {

    public MigrationPlan {
        changes = List.copyOf(changes);
        up = List.copyOf(up);
        down = List.copyOf(down);
        upHazards = List.copyOf(upHazards);
        downHazards = List.copyOf(downHazards);
    }

    /** Whether the two models were equal. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
