package dev.shale.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@code rollback} did: the down migrations it ran, newest first (empty after a dry run), and
 * the plan of what ran or would run.
 */
public record RollbackResult(boolean dryRun, List<ExecutedMigration> rolledBack, Plan plan, List<String> warnings) {

    public RollbackResult {
        Objects.requireNonNull(plan, "plan");
        rolledBack = List.copyOf(rolledBack);
        warnings = List.copyOf(warnings);
    }

    /** Whether there was nothing to roll back. */
    public boolean nothingToDo() {
        return plan.isEmpty();
    }
}
