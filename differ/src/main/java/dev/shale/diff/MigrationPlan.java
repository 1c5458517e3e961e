package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.MigrationStep;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.diff.postgres.Unrestorable;
import java.util.List;

/**
 * Everything a migration consists of: the ordered changes, the up statements, the down
 * statements (the reverses, last change first), the same statements cut into steps (each transactional or not,
 * with its timeouts), the hazards of each direction, what the existing rows must
 * satisfy for each direction to succeed (named as when its file starts) and the columns whose values the down
 * cannot restore.
 */
public record MigrationPlan(
        List<Change> changes,
        List<SqlStatement> up,
        List<SqlStatement> down,
        List<Hazard> upHazards,
        List<Hazard> downHazards,
        List<DataRequirement> upRequirements,
        List<DataRequirement> downRequirements,
        List<Unrestorable> downUnrestorable,
        List<MigrationStep> upSteps,
        List<MigrationStep> downSteps) {

    public MigrationPlan {
        changes = List.copyOf(changes);
        up = List.copyOf(up);
        down = List.copyOf(down);
        upSteps = List.copyOf(upSteps);
        downSteps = List.copyOf(downSteps);
        if (!holds(upSteps, up) || !holds(downSteps, down)) {
            throw new IllegalArgumentException("the steps must hold the plan's statements, each once");
        }
        upHazards = List.copyOf(upHazards);
        downHazards = List.copyOf(downHazards);
        upRequirements = List.copyOf(upRequirements);
        downRequirements = List.copyOf(downRequirements);
        downUnrestorable = List.copyOf(downUnrestorable);
    }

    /** A plan that requires nothing of the rows and whose down restores everything it adds back. */
    public MigrationPlan(List<Change> changes, List<SqlStatement> up, List<SqlStatement> down, List<Hazard> upHazards,
            List<Hazard> downHazards) {
        this(changes, up, down, upHazards, downHazards, List.of(), List.of(), List.of());
    }

    /** A plan in plain DDL: one transactional step each way, but for ADD VALUE, alone in its step. */
    public MigrationPlan(List<Change> changes, List<SqlStatement> up, List<SqlStatement> down, List<Hazard> upHazards,
            List<Hazard> downHazards, List<DataRequirement> upRequirements, List<DataRequirement> downRequirements,
            List<Unrestorable> downUnrestorable) {
        this(changes, up, down, upHazards, downHazards, upRequirements, downRequirements, downUnrestorable,
                StepPartition.plain(up), StepPartition.plain(down));
    }

    private static boolean holds(List<MigrationStep> steps, List<SqlStatement> statements) {
        List<SqlStatement> inSteps = steps.stream().flatMap(s -> s.statements().stream()).toList();
        return inSteps.size() == statements.size() && inSteps.containsAll(statements);
    }

    /** Whether the two models were equal. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
