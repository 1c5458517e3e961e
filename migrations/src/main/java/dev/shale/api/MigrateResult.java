package dev.shale.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@code migrate} did. After a dry run {@code applied} is empty and {@link #plan()} holds what
 * would run; otherwise {@code plan} is what ran. {@code warnings} are things that went wrong after
 * the migrations succeeded (such as releasing the lock), as sentences.
 *
 * @param batch the batch the migrations were (or would be) recorded under; 0 when nothing was to do
 */
public record MigrateResult(boolean dryRun, int batch, List<ExecutedMigration> applied, Plan plan,
        List<String> warnings) {

    public MigrateResult {
        Objects.requireNonNull(plan, "plan");
        applied = List.copyOf(applied);
        warnings = List.copyOf(warnings);
    }

    /** Whether there was nothing pending. */
    public boolean nothingToDo() {
        return plan.isEmpty();
    }
}
