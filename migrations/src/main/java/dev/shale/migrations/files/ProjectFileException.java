package dev.shale.migrations.files;

import java.util.Objects;
import java.util.Optional;

/**
 * A project file or user input Shale cannot accept: names the file (relative to the project, with
 * {@code /} separators) when there is one, what is wrong and the fix. The CLI maps it to exit code 2.
 */
public final class ProjectFileException extends RuntimeException {

    /** What went wrong. */
    public enum Problem {
        /** A migration name that cannot be made snake_case. */
        INVALID_NAME,
        /** A version that is not a UTC timestamp {@code YYYYMMDDHHMMSS}. */
        INVALID_VERSION,
        /** A migration or snapshot file that would be overwritten. */
        FILE_EXISTS,
        /** A new migration whose version is not after every existing one. */
        VERSION_NOT_INCREASING,
        /** A snapshot file that cannot be read or was edited by hand. */
        INVALID_SNAPSHOT,
        /** A sum file that cannot be parsed. */
        INVALID_SUM,
        /** Migrations that do not match {@code shale.sum}. */
        SUM_MISMATCH,
        /** Snapshots that do not form a chain: a branch conflict or a missing snapshot. */
        CHAIN_BROKEN,
        /** A new snapshot that does not follow the latest one. */
        SNAPSHOT_NOT_ON_TOP,
        /** A file or folder that cannot be read. */
        READ_FAILED,
        /** A migration that cannot be discarded: none, not the latest, or without its snapshot on top. */
        CANNOT_DISCARD,
        /** Files that could not be written; nothing was changed. */
        WRITE_FAILED
    }

    private final Problem problem;
    private final String path;
    private final String description;
    private final String fix;

    public ProjectFileException(Problem problem, String path, String description, String fix, Throwable cause) {
        super(Objects.requireNonNull(description, "description") + " Fix: " + Objects.requireNonNull(fix, "fix"),
                cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.path = path;
        this.description = description;
        this.fix = fix;
    }

    public ProjectFileException(Problem problem, String path, String description, String fix) {
        this(problem, path, description, fix, null);
    }

    /** What went wrong. */
    public Problem problem() {
        return problem;
    }

    /** The file at fault, relative to the project ({@code migrations/shale.sum}), if there is one. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** What is wrong, without the fix. */
    public String description() {
        return description;
    }

    /** What the user should do. */
    public String fix() {
        return fix;
    }
}
