package dev.shale.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@code rollback}. By default ({@link #DEFAULTS}) the last batch is rolled back. At most
 * one of {@code steps} (the N most recently applied migrations) and {@code to} (every migration
 * applied after version V; V itself stays) may be given.
 *
 * @param steps how many migrations to roll back, or 0 for the last batch
 * @param to roll back every migration newer than this version (14 digits), or null
 * @param dryRun compute the SQL that would run and change nothing
 * @param force run down migrations that lose data the database holds (by their {@code shale:loses} header lines)
 *     or whose header declares {@code data-loss} without such lines, and drop the history rows
 *     of migrations whose down file has no statements
 * @param listener told of retries and other events while the run works
 * @param skipDataChecks run without the pre-flight data checks of the down files ({@code shale:requires} header
 *     lines): a down file the rows make fail then fails when it runs, and its transaction is rolled back
 */
public record RollbackOptions(int steps, String to, boolean dryRun, boolean force, RunnerSettings settings,
        boolean skipDataChecks, RunListener listener) {

    public static final RollbackOptions DEFAULTS = new RollbackOptions(0, null, false, false, RunnerSettings.DEFAULTS);

    public RollbackOptions {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(listener, "listener");
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be 1 or more (0 for the last batch): " + steps);
        }
        if (steps > 0 && to != null) {
            throw new IllegalArgumentException("give steps or a target version, not both");
        }
    }

    /** Options that report no event. */
    public RollbackOptions(int steps, String to, boolean dryRun, boolean force, RunnerSettings settings,
            boolean skipDataChecks) {
        this(steps, to, dryRun, force, settings, skipDataChecks, RunListener.NONE);
    }

    /** Options that run the pre-flight data checks. */
    public RollbackOptions(int steps, String to, boolean dryRun, boolean force, RunnerSettings settings) {
        this(steps, to, dryRun, force, settings, false);
    }

    /** The target version, if any. */
    public Optional<String> target() {
        return Optional.ofNullable(to);
    }

    public RollbackOptions withSteps(int value) {
        return new RollbackOptions(value, to, dryRun, force, settings, skipDataChecks, listener);
    }

    public RollbackOptions withTo(String value) {
        return new RollbackOptions(steps, value, dryRun, force, settings, skipDataChecks, listener);
    }

    public RollbackOptions withDryRun(boolean value) {
        return new RollbackOptions(steps, to, value, force, settings, skipDataChecks, listener);
    }

    public RollbackOptions withForce(boolean value) {
        return new RollbackOptions(steps, to, dryRun, value, settings, skipDataChecks, listener);
    }

    public RollbackOptions withSettings(RunnerSettings value) {
        return new RollbackOptions(steps, to, dryRun, force, value, skipDataChecks);
    }

    public RollbackOptions withSkipDataChecks(boolean value) {
        return new RollbackOptions(steps, to, dryRun, force, settings, value, listener);
    }

    /** These options reporting retries and other events of the run to {@code value}. */
    public RollbackOptions withListener(RunListener value) {
        return new RollbackOptions(steps, to, dryRun, force, settings, skipDataChecks, value);
    }
}
