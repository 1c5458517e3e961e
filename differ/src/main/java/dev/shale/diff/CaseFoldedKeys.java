package dev.shale.diff;

import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.TypeChanges;
import dev.shale.model.Identifiers;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rows must satisfy when a column turns into a type that compares case-insensitively ({@code text -> citext},
 * {@link TypeChanges#foldsCase}): every unique key of {@code to} over the column (primary key, unique constraint,
 * unique index) must not hold two rows that differ only in case. PostgreSQL rebuilds those indexes under the new type
 * and fails on such rows. Asked before the migration runs, the column's key is written as citext compares it,
 * {@code lower(("email")::text)}, so that the pre-flight sees the duplicates the rebuild would, even where the
 * extension is created by the same migration.
 */
final class CaseFoldedKeys {

    private CaseFoldedKeys() {
    }

    /** The unique keys of {@code to} that {@code change} folds the case of, as requirements on the rows before it. */
    static List<DataRequirement> of(AlterColumn change, SchemaModel to) {
        if (!change.aspects().contains(ColumnAspect.TYPE) || change.using() != null
                || !TypeChanges.foldsCase(change.from().type(), change.to().type())) {
            return List.of();
        }
        Table table = to.table(change.table()).orElse(null);
        if (table == null) {
            return List.of();
        }
        String column = change.to().name();
        String cast = "lower((" + Identifiers.quote(change.from().name()) + ")::text)";
        List<DataRequirement> out = new ArrayList<>();
        if (table.primaryKey() != null && table.primaryKey().columns().contains(column)) {
            out.add(new DataRequirement.Unique(table.name(), table.primaryKey().name(),
                    keys(table.primaryKey().columns(), column, cast), null));
        }
        table.uniques().stream().filter(u -> u.columns().contains(column)).forEach(u -> out.add(
                new DataRequirement.Unique(table.name(), u.name(), keys(u.columns(), column, cast), null)));
        for (Index index : table.indexes()) {
            if (!index.unique() || index.keys().stream().noneMatch(k -> !k.expression() && k.text().equals(column))) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (IndexKey key : index.keys()) {
                String sql = !key.expression() && key.text().equals(column) ? cast : key.sql();
                keys.add(index.nullsNotDistinct() ? "ARRAY[" + sql + "]" : sql);
            }
            out.add(new DataRequirement.Unique(table.name(), index.name(), keys, index.where()));
        }
        return out;
    }

    private static List<String> keys(List<String> columns, String column, String cast) {
        return columns.stream().map(c -> c.equals(column) ? cast : Identifiers.quote(c)).toList();
    }
}
