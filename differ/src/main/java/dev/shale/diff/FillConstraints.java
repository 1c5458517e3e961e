package dev.shale.diff;

import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import dev.shale.model.Index;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the rows must satisfy when a migration fills the NULLs of a column that keys, checks or foreign keys already
 * hold (they stay through the migration, so no change of theirs requires anything): the filled values must not
 * duplicate a key, fail a check or match no parent row. Each is required as it stands in {@code to};
 * {@link FilledValues} then checks it through the fill.
 */
final class FillConstraints {

    private FillConstraints() {
    }

    /** The requirements of the constraints of {@code to} that the fill of {@code change} writes under. */
    static List<DataRequirement> of(AlterColumn change, SchemaModel to) {
        if (!change.fillsNulls()) {
            return List.of();
        }
        Table table = to.table(change.table()).orElse(null);
        if (table == null) {
            return List.of();
        }
        String column = change.to().name();
        Set<String> names = Set.of(column);
        List<DataRequirement> out = new ArrayList<>();
        if (table.primaryKey() != null && table.primaryKey().columns().contains(column)) {
            out.add(new DataRequirement.Unique(table.name(), table.primaryKey().name(),
                    quoted(table.primaryKey().columns()), null));
        }
        table.uniques().stream().filter(u -> u.columns().contains(column)).forEach(u -> out.add(
                new DataRequirement.Unique(table.name(), u.name(), quoted(u.columns()), null)));
        for (Index index : table.indexes()) {
            boolean mentions = index.keys().stream().anyMatch(k -> k.expression()
                    ? ColumnMentions.inExpression(k.text(), names) : k.text().equals(column))
                    || ColumnMentions.inExpression(index.where(), names);
            if (index.unique() && mentions) {
                out.add(new DataRequirement.Unique(table.name(), index.name(),
                        DataRequirement.Unique.keys(index), index.where()));
            }
        }
        table.checks().stream().filter(c -> ColumnMentions.inExpression(c.expression(), names)).forEach(c -> out.add(
                new DataRequirement.Check(table.name(), c.name(), c.expression())));
        for (ForeignKey key : table.foreignKeys()) {
            if (key.columns().contains(column)) {
                out.add(new DataRequirement.References(table.name(), key.name(), key.columns(), key.referencedTable(),
                        key.referencedColumns()));
            }
        }
        return out;
    }

    private static List<String> quoted(List<String> columns) {
        return columns.stream().map(Identifiers::quote).toList();
    }
}
