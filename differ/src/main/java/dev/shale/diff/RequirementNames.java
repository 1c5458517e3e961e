package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.model.QualifiedName;
import java.util.List;

/**
 * Names a {@link DataRequirement} as the database calls it when the migration starts, as {@link LossNames} does for
 * lost data: undoes the renames of tables, columns (in keys and expressions too, see {@link ColumnReferences}),
 * enums and enum values that run before its change in the same file, latest first.
 */
final class RequirementNames {

    private RequirementNames() {
    }

    /** {@code requirement} named as before {@code earlier}, the changes that run before its own. */
    static DataRequirement atStart(DataRequirement requirement, List<Change> earlier) {
        DataRequirement named = requirement;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            named = undo(named, earlier.get(i));
        }
        return named;
    }

    private static DataRequirement undo(DataRequirement requirement, Change change) {
        if (change instanceof RenameTable r) {
            return undoTable(requirement, r.to(), r.from());
        }
        if (change instanceof RenameColumn r) {
            return undoColumn(requirement, r.table(), r.to(), r.from());
        }
        if (change instanceof RenameEnum r && requirement instanceof DataRequirement.EnumUnused e
                && e.type().equals(r.to())) {
            return new DataRequirement.EnumUnused(r.from(), e.value());
        }
        if (change instanceof RenameEnumValue r && requirement instanceof DataRequirement.EnumUnused e
                && e.type().equals(r.type()) && e.value().equals(r.to())) {
            return new DataRequirement.EnumUnused(e.type(), r.from());
        }
        return requirement;
    }

    private static DataRequirement undoTable(DataRequirement requirement, QualifiedName now, QualifiedName before) {
        if (requirement instanceof DataRequirement.References r) {
            return new DataRequirement.References(r.table().equals(now) ? before : r.table(), r.name(), r.columns(),
                    r.target().equals(now) ? before : r.target(), r.targetColumns());
        }
        if (requirement instanceof DataRequirement.EnumUnused || !requirement.relation().equals(now)) {
            return requirement;
        }
        if (requirement instanceof DataRequirement.NoNulls r) {
            return new DataRequirement.NoNulls(before, r.column());
        }
        if (requirement instanceof DataRequirement.Empty r) {
            return new DataRequirement.Empty(before, r.column());
        }
        if (requirement instanceof DataRequirement.Unique r) {
            return new DataRequirement.Unique(before, r.name(), r.keys(), r.where());
        }
        if (requirement instanceof DataRequirement.Check r) {
            return new DataRequirement.Check(before, r.name(), r.expression());
        }
        if (requirement instanceof DataRequirement.Cast r) {
            return new DataRequirement.Cast(before, r.column(), r.from(), r.to());
        }
        if (requirement instanceof DataRequirement.Computes r) {
            return new DataRequirement.Computes(before, r.column(), r.expression());
        }
        throw new AssertionError("no renaming for " + requirement);
    }

    private static DataRequirement undoColumn(DataRequirement requirement, QualifiedName table, String now,
            String before) {
        if (requirement instanceof DataRequirement.References r) {
            return new DataRequirement.References(r.table(), r.name(),
                    r.table().equals(table) ? rename(r.columns(), now, before) : r.columns(), r.target(),
                    r.target().equals(table) ? rename(r.targetColumns(), now, before) : r.targetColumns());
        }
        if (requirement instanceof DataRequirement.EnumUnused || !requirement.relation().equals(table)) {
            return requirement;
        }
        if (requirement instanceof DataRequirement.NoNulls r) {
            return new DataRequirement.NoNulls(table, r.column().equals(now) ? before : r.column());
        }
        if (requirement instanceof DataRequirement.Empty) {
            return requirement; // the added column is not there at the start
        }
        if (requirement instanceof DataRequirement.Unique r) {
            return new DataRequirement.Unique(table, r.name(),
                    r.keys().stream().map(k -> ColumnReferences.rename(k, now, before)).toList(),
                    ColumnReferences.rename(r.where(), now, before));
        }
        if (requirement instanceof DataRequirement.Check r) {
            return new DataRequirement.Check(table, r.name(), ColumnReferences.rename(r.expression(), now, before));
        }
        if (requirement instanceof DataRequirement.Cast r) {
            return new DataRequirement.Cast(table, r.column().equals(now) ? before : r.column(), r.from(), r.to());
        }
        if (requirement instanceof DataRequirement.Computes r) {
            return new DataRequirement.Computes(table, r.column(), ColumnReferences.rename(r.expression(), now, before));
        }
        throw new AssertionError("no renaming for " + requirement);
    }

    private static List<String> rename(List<String> columns, String now, String before) {
        return columns.stream().map(c -> c.equals(now) ? before : c).toList();
    }
}
