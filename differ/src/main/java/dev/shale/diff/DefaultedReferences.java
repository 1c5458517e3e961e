package dev.shale.diff;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.model.Identifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pre-flight check of a foreign key on columns the same migration adds, with a default, to a table that exists:
 * before the migration those columns are not there to look at, yet every row will hold their default when the key
 * is validated. So the key is checked through the defaults, as a {@code check} requirement on the rows as they are
 * ({@code (0) IS NULL OR EXISTS (SELECT 1 FROM public.products AS r WHERE r.id = (0))}), which the rows fail when
 * the default matches no row of the referenced table. A column filled by an expression of the row (a backfill, a
 * down's refill) keeps the plain requirement, which has nothing to look at until the column exists.
 */
final class DefaultedReferences {

    private DefaultedReferences() {
    }

    /** {@code requirement}, checked through the defaults of the columns {@code changes} add, when it is such a key. */
    static DataRequirement of(DataRequirement requirement, List<Change> changes) {
        if (!(requirement instanceof DataRequirement.References key)) {
            return requirement;
        }
        Map<String, String> defaults = new HashMap<>();
        for (Change change : changes) {
            if (change instanceof CreateTable created && created.table().name().equals(key.table())) {
                return requirement;
            }
            if (change instanceof AddColumn add && add.table().equals(key.table())
                    && key.columns().contains(add.column().name())) {
                if (add.fill() != null || add.refill() != null || add.column().identity() != null
                        || add.column().generatedExpression() != null) {
                    return requirement;
                }
                String value = add.column().defaultExpression();
                defaults.put(add.column().name(), value == null ? "NULL" : value);
            }
        }
        if (defaults.isEmpty()) {
            return requirement;
        }
        List<String> values = new ArrayList<>();
        for (String column : key.columns()) {
            values.add(defaults.containsKey(column) ? "(" + defaults.get(column) + ")" : "t." + Identifiers.quote(column));
        }
        List<String> match = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            match.add("r." + Identifiers.quote(key.targetColumns().get(i)) + " = " + values.get(i));
        }
        String expression = values.stream().map(v -> v + " IS NULL").collect(Collectors.joining(" OR "))
                + " OR EXISTS (SELECT 1 FROM " + key.target().sql() + " AS r WHERE " + String.join(" AND ", match) + ")";
        return new DataRequirement.Check(key.table(), key.name(), expression);
    }
}
