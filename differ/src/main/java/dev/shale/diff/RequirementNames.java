package dev.shale.diff;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ChangeVisitor;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetTableComment;
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
        return change.accept(new Undo(requirement));
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

    /**
     * One requirement named as before each kind of change: renames of tables, columns, enums and their values undone;
     * every other kind keeps the name.
     */
    private static final class Undo implements ChangeVisitor<DataRequirement> {

        private final DataRequirement requirement;

        Undo(DataRequirement requirement) {
            this.requirement = requirement;
        }

        @Override
        public DataRequirement visit(CreateSchema c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropSchema c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(CreateEnum c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropEnum c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(RenameEnum c) {
            if (requirement instanceof DataRequirement.EnumUnused e && e.type().equals(c.to())) {
                return new DataRequirement.EnumUnused(c.from(), e.value());
            }
            return requirement;
        }

        @Override
        public DataRequirement visit(AddEnumValue c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(RenameEnumValue c) {
            if (requirement instanceof DataRequirement.EnumUnused e && e.type().equals(c.type())
                    && e.value().equals(c.to())) {
                return new DataRequirement.EnumUnused(e.type(), c.from());
            }
            return requirement;
        }

        @Override
        public DataRequirement visit(RecreateEnum c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(SetEnumComment c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(CreateTable c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropTable c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(RenameTable c) {
            return undoTable(requirement, c.to(), c.from());
        }

        @Override
        public DataRequirement visit(SetTableComment c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(AddColumn c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropColumn c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(RenameColumn c) {
            return undoColumn(requirement, c.table(), c.to(), c.from());
        }

        @Override
        public DataRequirement visit(AlterColumn c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(SetColumnComment c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(AddPrimaryKey c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropPrimaryKey c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(AddUnique c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropUnique c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(AddCheck c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropCheck c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(AddForeignKey c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropForeignKey c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(RenameConstraint c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(CreateIndex c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropIndex c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(RenameIndex c) {
            return requirement;
        }
    }
}
