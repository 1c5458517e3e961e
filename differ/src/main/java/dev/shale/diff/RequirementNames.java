package dev.shale.diff;

import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.DropExclusion;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.UpdateExtension;
import dev.shale.diff.change.SetSequenceOwner;
import dev.shale.diff.change.AlterSequence;
import dev.shale.diff.change.DropSequence;
import dev.shale.diff.change.CreateSequence;
import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.AlterForeignKeyDeferrability;
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
import dev.shale.diff.change.InvalidateConstraint;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetColumnComment;
import dev.shale.diff.change.SetEnumComment;
import dev.shale.diff.change.SetReplicaIdentity;
import dev.shale.diff.change.SetTableComment;
import dev.shale.diff.change.SetTablePersistence;
import dev.shale.diff.change.ValidateConstraint;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.DataRequirementVisitor;
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
        return requirement.accept(new TableRenamed(now, before));
    }

    private static DataRequirement undoColumn(DataRequirement requirement, QualifiedName table, String now,
            String before) {
        return requirement.accept(new ColumnRenamed(table, now, before));
    }

    /** Each kind of requirement named as before table {@code before} became {@code now}. */
    private static final class TableRenamed implements DataRequirementVisitor<DataRequirement> {

        private final QualifiedName now;
        private final QualifiedName before;

        TableRenamed(QualifiedName now, QualifiedName before) {
            this.now = now;
            this.before = before;
        }

        private QualifiedName table(QualifiedName table) {
            return table.equals(now) ? before : table;
        }

        @Override
        public DataRequirement visit(DataRequirement.NoNulls r) {
            return new DataRequirement.NoNulls(table(r.table()), r.column());
        }

        @Override
        public DataRequirement visit(DataRequirement.Empty r) {
            return new DataRequirement.Empty(table(r.table()), r.column());
        }

        @Override
        public DataRequirement visit(DataRequirement.Unique r) {
            return new DataRequirement.Unique(table(r.table()), r.name(), r.keys(), r.where());
        }

        @Override
        public DataRequirement visit(DataRequirement.Check r) {
            return new DataRequirement.Check(table(r.table()), r.name(), r.expression());
        }

        @Override
        public DataRequirement visit(DataRequirement.References r) {
            return new DataRequirement.References(table(r.table()), r.name(), r.columns(), table(r.target()),
                    r.targetColumns());
        }

        @Override
        public DataRequirement visit(DataRequirement.EnumUnused r) {
            return r;
        }

        @Override
        public DataRequirement visit(DataRequirement.SequenceInRange r) {
            return r;
        }

        @Override
        public DataRequirement visit(DataRequirement.Cast r) {
            return new DataRequirement.Cast(table(r.table()), r.column(), r.from(), r.to());
        }

        @Override
        public DataRequirement visit(DataRequirement.Computes r) {
            return new DataRequirement.Computes(table(r.table()), r.column(), r.expression());
        }
    }

    /** Each kind of requirement named as before column {@code before} of {@code table} became {@code now}. */
    private static final class ColumnRenamed implements DataRequirementVisitor<DataRequirement> {

        private final QualifiedName table;
        private final String now;
        private final String before;

        ColumnRenamed(QualifiedName table, String now, String before) {
            this.table = table;
            this.now = now;
            this.before = before;
        }

        private String column(String column) {
            return column.equals(now) ? before : column;
        }

        @Override
        public DataRequirement visit(DataRequirement.NoNulls r) {
            return r.table().equals(table) ? new DataRequirement.NoNulls(table, column(r.column())) : r;
        }

        @Override
        public DataRequirement visit(DataRequirement.Empty r) {
            return r; // the added column is not there at the start
        }

        @Override
        public DataRequirement visit(DataRequirement.Unique r) {
            return r.table().equals(table) ? new DataRequirement.Unique(table, r.name(),
                    r.keys().stream().map(k -> ColumnReferences.rename(k, now, before)).toList(),
                    ColumnReferences.rename(r.where(), now, before)) : r;
        }

        @Override
        public DataRequirement visit(DataRequirement.Check r) {
            return r.table().equals(table)
                    ? new DataRequirement.Check(table, r.name(), ColumnReferences.rename(r.expression(), now, before))
                    : r;
        }

        @Override
        public DataRequirement visit(DataRequirement.References r) {
            return new DataRequirement.References(r.table(), r.name(),
                    r.table().equals(table) ? rename(r.columns(), now, before) : r.columns(), r.target(),
                    r.target().equals(table) ? rename(r.targetColumns(), now, before) : r.targetColumns());
        }

        @Override
        public DataRequirement visit(DataRequirement.EnumUnused r) {
            return r;
        }

        @Override
        public DataRequirement visit(DataRequirement.SequenceInRange r) {
            return r;
        }

        @Override
        public DataRequirement visit(DataRequirement.Cast r) {
            return r.table().equals(table)
                    ? new DataRequirement.Cast(table, column(r.column()), r.from(), r.to()) : r;
        }

        @Override
        public DataRequirement visit(DataRequirement.Computes r) {
            return r.table().equals(table) ? new DataRequirement.Computes(table, r.column(),
                    ColumnReferences.rename(r.expression(), now, before)) : r;
        }
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
        public DataRequirement visit(CreateExtension c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropExtension c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(UpdateExtension c) {
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
        public DataRequirement visit(AddExclusion c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropExclusion c) {
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

        @Override
        public DataRequirement visit(ValidateConstraint c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(InvalidateConstraint c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(AlterForeignKeyDeferrability c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(SetTablePersistence c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(SetReplicaIdentity c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(CreateSequence c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(DropSequence c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(AlterSequence c) {
            return requirement;
        }

        @Override
        public DataRequirement visit(SetSequenceOwner c) {
            return requirement;
        }
    }
}
