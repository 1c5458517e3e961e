package dev.shale.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@code baseline}: which migration the existing database already has, whether to change
 * nothing (dry run), and the runner settings. Defaults ({@link #DEFAULTS}): the first migration, which
 * must be a baseline ({@code -- shale:baseline true}, as {@code shale pull} writes it), for real,
 * {@link RunnerSettings#DEFAULTS}.
 *
 * @param version the last version the database already has (14 digits): it and every earlier migration
 *     are recorded as applied; null for the first migration, which must then be a baseline
 * @param dryRun say what would be recorded and change nothing (not even create the history table); the
 *     lock is not taken
 */
public record BaselineOptions(String version, boolean dryRun, RunnerSettings settings) {

    public static final BaselineOptions DEFAULTS = new BaselineOptions(null, false, RunnerSettings.DEFAULTS);

    public BaselineOptions {
        Objects.requireNonNull(settings, "settings");
    }

    /** The version given, if any. */
    public Optional<String> target() {
        return Optional.ofNullable(version);
    }

    public BaselineOptions withVersion(String value) {
        return new BaselineOptions(value, dryRun, settings);
    }

    public BaselineOptions withDryRun(boolean value) {
        return new BaselineOptions(version, value, settings);
    }

    public BaselineOptions withSettings(RunnerSettings value) {
        return new BaselineOptions(version, dryRun, value);
    }
}
