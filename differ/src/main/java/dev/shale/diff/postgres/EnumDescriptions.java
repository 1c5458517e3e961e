package dev.shale.diff.postgres;

import dev.shale.model.EnumType;
import java.util.ArrayList;
import java.util.List;

/** What a type swap does to an enum's labels, in words: {@code remove SUPER_ADMIN, reorder values}. */
final class EnumDescriptions {

    private EnumDescriptions() {
    }

    static String difference(EnumType from, EnumType to) {
        List<String> added = new ArrayList<>(to.values());
        added.removeAll(from.values());
        List<String> removed = new ArrayList<>(from.values());
        removed.removeAll(to.values());
        List<String> keptBefore = new ArrayList<>(from.values());
        keptBefore.retainAll(to.values());
        List<String> keptAfter = new ArrayList<>(to.values());
        keptAfter.retainAll(from.values());

        List<String> parts = new ArrayList<>();
        if (!removed.isEmpty()) {
            parts.add("remove " + String.join(", ", removed));
        }
        if (!added.isEmpty()) {
            parts.add("add " + String.join(", ", added));
        }
        if (!keptBefore.equals(keptAfter)) {
            parts.add("reorder values");
        }
        if (parts.isEmpty()) {
            parts.add("same values");
        }
        return String.join("; ", parts);
    }
}
