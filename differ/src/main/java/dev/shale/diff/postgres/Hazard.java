package dev.shale.diff.postgres;

import dev.shale.diff.change.Change;
import java.util.Objects;

/** A risk of one change, explained in one sentence. */
public record Hazard(HazardKind kind, Change change, String message) {
    public Hazard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(message, "message");
    }
}
