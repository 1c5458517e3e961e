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
 */
public record RollbackOptions(int steps, String to, boolean dryRun, boolean force, RunnerSettings settings) {

    public static final RollbackOptions DEFAULTS = new RollbackOptions(0, null, false, false, RunnerSettings.DEFAULTS);

    public RollbackOptions {
        Objects.requireNonNull(settings, "settings");
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be 1 or more (0 for the last batch): " + steps);
        }
        if (steps > 0 && to != null) {
            throw new IllegalArgumentException("give steps or a target version, not both");
        }
    }

    /** The target version, if any. */
    public Optional<String> target() {
        return Optional.ofNullable(to);
    }

    public RollbackOptions withSteps(int value) {
        return new RollbackOptions(value, to, dryRun, force, settings);
    }

    public RollbackOptions withTo(String value) {
        return new RollbackOptions(steps, value, dryRun, force, settings);
    }

    public RollbackOptions withDryRun(boolean value) {
        return new RollbackOptions(steps, to, value, force, settings);
    }

    public RollbackOptions withForce(boolean value) {
        return new RollbackOptions(steps, to, dryRun, value, settings);
    }

    public RollbackOptions withSettings(RunnerSettings value) {
        return new RollbackOptions(steps, to, dryRun, force, value);
    }
}
