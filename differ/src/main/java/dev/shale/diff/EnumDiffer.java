package dev.shale.diff;

import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.sql.EnumLiterals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Diffs enum types: created, dropped, labels added in place (one change per label) or, on any
 * removal or reordering, recreated; comments. Intermediate types keep the old comment.
 *
 * <p>A recreated type's columns get their defaults anew in the swap: the target model's default
 * when the column keeps the type, else the old one unless it names a removed label. The model the
 * table changes then start from is the old one with those defaults.
 */
final class EnumDiffer {

    /** The enum changes, and {@code from} as it stands after them (defaults set in type swaps). */
    record Result(List<Change> changes, SchemaModel after) {
    }

    private EnumDiffer() {
    }

    /** {@code from} is the renamed view of the old model: its tables are those the enum changes run against. */
    static Result diff(SchemaModel from, SchemaModel to) {
        List<Change> changes = new ArrayList<>();
        for (EnumType old : from.enums()) {
            Optional<EnumType> now = to.enumType(old.name());
            if (now.isEmpty()) {
                changes.add(new DropEnum(old));
            } else {
                changes.addAll(values(from, to, old, now.get()));
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
        return new Result(changes, withSwappedDefaults(from, changes));
    }

    private static List<Change> values(SchemaModel from, SchemaModel to, EnumType old, EnumType now) {
        if (old.values().equals(now.values())) {
            return List.of();
        }
        List<EnumUsage> usages = EnumUsages.of(from, old.name());
        if (!isSubsequence(old.values(), now.values())) {
            List<EnumUsage> swapped = usages.stream().map(u -> swapped(u, to, now)).toList();
            return List.of(new RecreateEnum(old, new EnumType(old.name(), now.values(), old.comment()), swapped));
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

    /** The usage with the default its column has after the swap into {@code now}. */
    private static EnumUsage swapped(EnumUsage usage, SchemaModel to, EnumType now) {
        Column column = usage.column();
        Optional<Column> target = to.table(usage.table()).flatMap(t -> t.column(column.name()))
                .filter(c -> c.type().equals(column.type()));
        if (target.isPresent()) {
            return new EnumUsage(usage.table(), column, target.get().defaultExpression());
        }
        String label = column.type().dimensions() == 0 ? EnumLiterals.label(column.defaultExpression()) : null;
        boolean removed = label != null && !now.values().contains(label);
        return new EnumUsage(usage.table(), column, removed ? null : column.defaultExpression());
    }

    /** {@code model} with the defaults the type swaps among {@code changes} give their columns. */
    private static SchemaModel withSwappedDefaults(SchemaModel model, List<Change> changes) {
        Map<QualifiedName, Map<String, Column>> converted = new HashMap<>();
        for (Change change : changes) {
            if (change instanceof RecreateEnum recreate) {
                for (EnumUsage usage : recreate.usages()) {
                    converted.computeIfAbsent(usage.table(), t -> new HashMap<>())
                            .put(usage.column().name(), usage.converted());
                }
            }
        }
        if (converted.isEmpty()) {
            return model;
        }
        List<Table> tables = model.tables().stream().map(t -> {
            Map<String, Column> columns = converted.getOrDefault(t.name(), Map.of());
            return t.toBuilder().columns(t.columns().stream().map(c -> columns.getOrDefault(c.name(), c)).toList())
                    .build();
        }).toList();
        return new SchemaModel(model.schemas(), model.enums(), tables, model.extensions(), model.sequences());
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
