package dev.shale.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@code rollback} did: the down migrations it ran, newest first (empty after a dry run), and
 * the plan of what ran or would run, and the pre-flight data checks of the down files run before it, one line each
 * ({@code FILE: WHAT: ok}).
 */
public record RollbackResult(boolean dryRun, List<ExecutedMigration> rolledBack, Plan plan, List<String> warnings,
        List<String> dataChecks) {

    public RollbackResult {
        Objects.requireNonNull(plan, "plan");
        rolledBack = List.copyOf(rolledBack);
        warnings = List.copyOf(warnings);
        dataChecks = List.copyOf(dataChecks);
    }

    /** A result without data checks. */
    public RollbackResult(boolean dryRun, List<ExecutedMigration> rolledBack, Plan plan, List<String> warnings) {
        this(dryRun, rolledBack, plan, warnings, List.of());
    }

    /** Whether there was nothing to roll back. */
    public boolean nothingToDo() {
        return plan.isEmpty();
    }
}
