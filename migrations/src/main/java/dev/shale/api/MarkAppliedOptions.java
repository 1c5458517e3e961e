package dev.shale.api;

import dev.shale.model.PostgresSpellings;
import dev.shale.model.SchemaModel;
import java.util.Objects;

/**
 * Options of {@code markApplied}: the pending migration to record as applied without running it, the schema the
 * database must have once it ran (its snapshot) and the one before it, whether to record it when those two are the
 * same (a data migration: the schema cannot show that it ran), whether to change nothing, and the runner settings.
 *
 * @param version the migration's version (14 digits); it must be the oldest pending migration
 * @param expected the schema after the migration: its snapshot
 * @param before the schema before it: the previous migration's snapshot, {@link SchemaModel#EMPTY} for the first
 * @param snapshot how messages name {@code expected} ({@code snapshots/20261121093000_add_users.json})
 * @param force record it even when {@code expected} equals {@code before}
 * @param dryRun check everything and say what would be recorded, changing nothing; the lock is not taken
 * @param expectedSpelling PostgreSQL's spelling of {@code expected}'s expressions, as its snapshot keeps them
 *     ({@link PostgresSpellings#NONE} for a snapshot without), to compare them with the database's exactly
 */
public record MarkAppliedOptions(String version, SchemaModel expected, SchemaModel before, String snapshot,
        boolean force, boolean dryRun, RunnerSettings settings, PostgresSpellings expectedSpelling) {

    /** Options without PostgreSQL's spelling of {@code expected}: expressions are compared heuristically. */
    public MarkAppliedOptions(String version, SchemaModel expected, SchemaModel before, String snapshot,
            boolean force, boolean dryRun, RunnerSettings settings) {
        this(version, expected, before, snapshot, force, dryRun, settings, PostgresSpellings.NONE);
    }

    public MarkAppliedOptions {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(expectedSpelling, "expectedSpelling");
    }
}
