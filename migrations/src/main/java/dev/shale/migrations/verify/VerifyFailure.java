package dev.shale.migrations.verify;

import dev.shale.migrations.verify.VerifyStep.Direction;
import java.util.List;
import java.util.Objects;

/**
 * The first thing {@code verify} found wrong, and why it stopped there.
 *
 * @param kind what went wrong
 * @param direction the file's direction; null for {@link Kind#LEFT_BEHIND}
 * @param version the migration's version; null for {@link Kind#LEFT_BEHIND}
 * @param file the migration file at fault ({@code migrations/<version>_<name>.sql} or its {@code .down.sql});
 *     for {@link Kind#NO_DOWN_FILE} the up file
 * @param comparedWith for {@link Kind#DIFFERS}, the snapshot the database should have matched, or null for the
 *     empty database
 * @param differences for {@link Kind#DIFFERS}, in the words of {@link dev.shale.diff.drift.DriftItem#message()}; for {@link Kind#LEFT_BEHIND}, the
 *     objects left
 * @param error for {@link Kind#FAILED} and {@link Kind#SNAPSHOT_FAILED}, the failing statement and
 *     PostgreSQL's error, on several lines
 */
public record VerifyFailure(Kind kind, Direction direction, String version, String file, String comparedWith,
        List<String> differences, String error) {

    /** What went wrong. */
    public enum Kind {
        /** The database after the file differs from the snapshot it should equal. */
        DIFFERS,
        /** The file failed to run: PostgreSQL refused one of its statements. */
        FAILED,
        /** The migration has no down file, so it cannot be undone. */
        NO_DOWN_FILE,
        /** After every down, objects that no model describes (views, functions, ...) are left. */
        LEFT_BEHIND,
        /** The snapshot to compare with cannot be built in an empty database ({@code file} names it). */
        SNAPSHOT_FAILED
    }

    public VerifyFailure {
        Objects.requireNonNull(kind, "kind");
        differences = List.copyOf(differences);
    }
}
