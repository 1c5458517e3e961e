package dev.shale.diff;

import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.model.EnumType;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Diffs enum types: created, dropped, labels added in place (one change per label) or, on any
 * removal or reordering, recreated; comments. Intermediate types keep the old comment.
 */
final class EnumDiffer {

    private EnumDiffer() {
    }

    /** {@code from} is the renamed view of the old model: its tables are those the enum changes run against. */
    static List<Change> diff(SchemaModel from, SchemaModel to) {
        List<Change> changes = new ArrayList<>();
        for (EnumType old : from.enums()) {
            Optional<EnumType> now = to.enumType(old.name());
            if (now.isEmpty()) {
                changes.add(new DropEnum(old));
            } else {
                changes.addAll(values(from, old, now.get()));
                if (!Objects.equals(old.comment(), now.get().comment())) {
                    changes.add(new SetEnumComment(old.name(), old.comment(), now.get().comment()));
                }
            }
        }
        for (EnumType now : to.enums()) {
            if (from.enumType(now.name()).isEmpty()) {
                changes.add(new CreateEnum(now));
            }
        }
        return changes;
    }

    private static List<Change> values(SchemaModel from, EnumType old, EnumType now) {
        if (old.values().equals(now.values())) {
            return List.of();
        }
        List<EnumUsage> usages = EnumUsages.of(from, old.name());
        if (!isSubsequence(old.values(), now.values())) {
            return List.of(new RecreateEnum(old, new EnumType(old.name(), now.values(), old.comment()), usages));
        }
        // Left to right: each step's labels are a subsequence of the final ones, so every new label
        // lands at its final position and its neighbours already exist.
        List<Change> changes = new ArrayList<>();
        List<String> current = new ArrayList<>(old.values());
        for (int position = 0; position < now.values().size(); position++) {
            String value = now.values().get(position);
            if (old.values().contains(value)) {
                continue;
            }
            EnumType before = new EnumType(old.name(), current, old.comment());
            current.add(position, value);
            EnumType after = new EnumType(old.name(), current, old.comment());
            changes.add(new AddEnumValue(before, after, value, usages));
        }
        return changes;
    }

    /** Whether every label of {@code part} occurs in {@code whole}, in the same relative order. */
    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int next = 0;
        for (String value : whole) {
            if (next < part.size() && part.get(next).equals(value)) {
                next++;
            }
        }
        return next == part.size();
    }
}
