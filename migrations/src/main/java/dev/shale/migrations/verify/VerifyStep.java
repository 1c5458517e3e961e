package dev.shale.migrations.verify;

import java.util.Objects;

/**
 * One migration file that {@code verify} ran and checked: the database after it matched
 * {@code comparedWith}, the snapshot it should equal ({@code snapshots/<version>_<name>.json}), or the empty
 * database when null (after the first migration's down). {@code executionMs} counts running the file and
 * checking the database after it.
 */
public record VerifyStep(Direction direction, String version, String name, String file, String comparedWith,
        long executionMs) {

    /** Up (the migration) or down (its reverse). */
    public enum Direction { UP, DOWN }

    public VerifyStep {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }
}
