package dev.shale.roundtrip;

import dev.shale.diff.postgres.DataRequirement;
import dev.shale.migrations.runner.Preflight;
import dev.shale.migrations.runner.PreflightFailure;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where the round trip gets its {@link DataGate}: the runner's pre-flight data checks
 * ({@link Preflight}), run on the requirements ({@code shale:requires}) of the direction asked, as {@code migrate}
 * runs them before an up and {@code rollback} before a down. A down that adds a column back without its values
 * ({@code shale:cannot-restore}) is not refused here: {@code rollback --force} runs it, and the round trip
 * checks that it then succeeds (the column's values are an announced loss of the up).
 */
public final class DataGates {

    private DataGates() {
    }

    /** The gate every round trip asks before it runs a migration on rows. */
    public static DataGate active() {
        return PREFLIGHT;
    }

    /** Refuses a direction whose requirements the rows fail, in the words {@code migrate} prints. */
    static final DataGate PREFLIGHT = (plan, direction, connection) -> {
        List<PreflightFailure> failures = Preflight.check(connection,
                direction == DataGate.Direction.UP ? plan.upRequirements() : plan.downRequirements());
        return failures.isEmpty() ? Optional.empty() : Optional.of(new DataGate.Refusal(
                failures.stream().map(PreflightFailure::describe).collect(Collectors.joining("; ")),
                failures.stream().allMatch(f -> f.requirement() instanceof DataRequirement.Cast)));
    };

    /** Refuses nothing: every change that fails on rows fails the round trip at apply time. */
    static final DataGate NONE = (plan, direction, connection) -> Optional.empty();
}
