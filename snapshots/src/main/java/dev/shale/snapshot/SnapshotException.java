package dev.shale.snapshot;

import java.util.Objects;

/** A snapshot file that cannot be read: invalid JSON, a missing field, a newer format, a hand edit. */
public final class SnapshotException extends FileContentException {

    /** What kind of problem the snapshot has. */
    public enum Kind {
        INVALID_JSON, MISSING_FIELD, INVALID_VALUE, NEWER_FORMAT, UNKNOWN_FORMAT, UNKNOWN_DIALECT, ID_MISMATCH
    }

    private final Kind kind;

    public SnapshotException(Kind kind, String source, String problem, String fix, Throwable cause) {
        super(source, problem, fix, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public SnapshotException(Kind kind, String source, String problem, String fix) {
        this(kind, source, problem, fix, null);
    }

    /** The kind of problem. */
    public Kind kind() {
        return kind;
    }
}
