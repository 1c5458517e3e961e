package dev.shale.roundtrip;

import java.util.Optional;

/**
 * The one place where the round trip gets its {@link DataGate}. Until the runner's pre-flight data checks are
 * wired in here, no change is refused, so a change that fails on rows fails the round trip at apply time, with
 * the pair's seed. To wire the real checks, return a gate that runs them for the direction asked, for example
 * {@code (plan, direction, connection) -> Preflight.check(connection, direction == UP ? plan.upRequirements()
 * : plan.downRequirements())} turned into an optional refusal message.
 */
public final class DataGates {

    private DataGates() {
    }

    /** The gate every round trip asks before it runs a migration on rows. */
    public static DataGate active() {
        return NOT_WIRED;
    }

    /** Refuses nothing: the pre-flight checks are not wired in yet. */
    static final DataGate NOT_WIRED = (plan, direction, connection) -> Optional.empty();
}
