package dev.shale.diff.postgres;

import dev.shale.diff.change.Change;
import java.util.List;
import java.util.Objects;

/**
 * A risk of one change, explained in one sentence; a data-loss hazard also says what data it discards
 * ({@link DataLoss}), so the runner can refuse it only where that data exists.
 */
public record Hazard(HazardKind kind, Change change, String message, List<DataLoss> losses) {
    public Hazard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(message, "message");
        losses = List.copyOf(losses);
    }

    /** A hazard that names no lost data. */
    public Hazard(HazardKind kind, Change change, String message) {
        this(kind, change, message, List.of());
    }
}
