package dev.shale.diff.postgres;

import dev.shale.diff.change.Change;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk of one change: its catalog entry ({@link HazardCode}: kind, severity, why in general, the safer
 * alternative), the object it is about, and one sentence saying what this change does; a data-loss hazard also
 * says what data it discards ({@link DataLoss}), so the runner can refuse it only where that data exists.
 *
 * @param object the qualified name of the table, column, index, constraint or type, as SQL (see
 *               {@link HazardObject}): {@code public.users.email}
 */
public record Hazard(HazardCode code, String object, Change change, String message, List<DataLoss> losses) {
    public Hazard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(message, "message");
        losses = List.copyOf(losses);
    }

    /** A hazard that names no lost data. */
    public Hazard(HazardCode code, String object, Change change, String message) {
        this(code, object, change, message, List.of());
    }

    /** The kind of risk, as the header's {@code shale:hazards} line lists it. */
    public HazardKind kind() {
        return code.kind();
    }

    /** How much it matters. */
    public HazardSeverity severity() {
        return code.severity();
    }

    /** The {@code shale:hazard} line's text, or empty when the object's name holds a control character. */
    public Optional<String> headerText() {
        return new HazardLine(code, code.severity(), object).headerText();
    }
}
