package dev.shale.diff.postgres;

import dev.shale.diff.change.AlterSequence;
import dev.shale.model.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The hazard of an {@link AlterSequence} that narrows the sequence's range: PostgreSQL refuses {@code ALTER SEQUENCE}
 * when the current value lies outside the new bounds (a lower {@code MAXVALUE}, a higher {@code MINVALUE}, or a
 * smaller {@code AS} type whose default bounds are narrower), and Shale never restarts a sequence to make it fit.
 * The same change carries a {@code sequence-in-range} data requirement, which the runner checks before it runs.
 */
final class SequenceHazards {

    private SequenceHazards() {
    }

    /** Whether {@code change} narrows the sequence's range (its bounds, or the data type's). */
    static boolean narrows(AlterSequence change) {
        return change.to().max() < change.from().max() || change.to().min() > change.from().min();
    }

    /** The {@link HazardCode#SEQUENCE_RANGE} hazard of {@code change}, if it narrows the range. */
    static List<Hazard> range(AlterSequence change) {
        if (!narrows(change)) {
            return List.of();
        }
        Sequence from = change.from();
        Sequence to = change.to();
        List<String> narrowed = new ArrayList<>();
        if (!from.dataType().equals(to.dataType()) && Sequence.typeMax(to.dataType()) < Sequence.typeMax(from.dataType())) {
            narrowed.add("its type from " + from.dataType() + " to " + to.dataType());
        }
        if (to.max() < from.max()) {
            narrowed.add("MAXVALUE from " + from.max() + " to " + to.max());
        }
        if (to.min() > from.min()) {
            narrowed.add("MINVALUE from " + from.min() + " to " + to.min());
        }
        return List.of(new Hazard(HazardCode.SEQUENCE_RANGE, HazardObject.of(to.name()), change, "Changing "
                + String.join(", ", narrowed) + " on sequence " + to.name() + " fails when its current value lies"
                + " outside " + to.min() + ".." + to.max() + ": read SELECT last_value FROM " + to.name().sql()
                + " first."));
    }
}
