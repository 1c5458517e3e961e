package dev.shale.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A problem in the snapshot chain: the files involved (in version order), what is wrong and the fix.
 * A {@link Kind#FORK} means two branches each generated from the same snapshot; a {@link Kind#BREAK}
 * means a snapshot does not follow the one before it (a snapshot deleted, or versions reordered).
 */
public record ChainFinding(Kind kind, List<String> files, String message, String fix) {

    /** The kind of finding. */
    public enum Kind {
        FORK, BREAK
    }

    public ChainFinding {
        Objects.requireNonNull(kind, "kind");
        files = List.copyOf(files);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** {@code message Fix: fix}. */
    @Override
    public String toString() {
        return message + " Fix: " + fix;
    }
}
