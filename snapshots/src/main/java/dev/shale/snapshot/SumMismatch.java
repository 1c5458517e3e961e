package dev.shale.snapshot;

import java.util.Objects;

/** One way the files on disk differ from the sum file: the file, what is wrong and the fix. */
public record SumMismatch(Kind kind, String file, String message, String fix) {

    /** How the file differs. */
    public enum Kind {
        /** In the sum with another hash: the file was edited. */
        EDITED,
        /** On disk, not in the sum: added by hand or copied from another branch. */
        ADDED,
        /** In the sum, not on disk: deleted or renamed. */
        MISSING,
        /** Every entry matches but the total does not: the sum file itself was edited or merged by hand. */
        TOTAL
    }

    public SumMismatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** {@code message Fix: fix}. */
    @Override
    public String toString() {
        return message + " Fix: " + fix;
    }
}
