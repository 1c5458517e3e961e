package dev.shale.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@code migrate} did. After a dry run {@code applied} is empty and {@link #plan()} holds what
 * would run; otherwise {@code plan} is what ran. {@code warnings} are things that went wrong after
 * the migrations succeeded (such as releasing the lock), as sentences.
 *
 * @param batch the batch the migrations were (or would be) recorded under; 0 when nothing was to do
 * @param dataChecks the pre-flight data checks run before the batch, one line each ({@code FILE: WHAT: ok}); empty
 *     when the files require nothing or the checks were skipped
 */
public record MigrateResult(boolean dryRun, int batch, List<ExecutedMigration> applied, Plan plan,
        List<String> warnings, List<String> dataChecks) {

    public MigrateResult {
        Objects.requireNonNull(plan, "plan");
        applied = List.copyOf(applied);
        warnings = List.copyOf(warnings);
        dataChecks = List.copyOf(dataChecks);
    }

    /** A result without data checks. */
    public MigrateResult(boolean dryRun, int batch, List<ExecutedMigration> applied, Plan plan, List<String> warnings) {
        this(dryRun, batch, applied, plan, warnings, List.of());
    }

    /** Whether there was nothing pending. */
    public boolean nothingToDo() {
        return plan.isEmpty();
    }
}
