package dev.shale.diff.postgres;

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
import dev.shale.diff.change.ColumnAspect;
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

/**
 * How each statement of a change's plain form runs: {@code ADD VALUE} alone (committed before its use); the
 * validation of a constraint; a fill in a step of its own; on a table that exists before the migration, statements
 * that scan or rewrite it (index builds, rewriting type changes, NOT NULL, enum swaps), which need no statement
 * timeout; the rest quick.
 */
final class PlainModes {

    private PlainModes() {
    }

    /** The mode of statement {@code index} of the plain form of {@code change}. */
    static StatementMode of(Change change, int index, boolean existingTable) {
        return change.accept(new Modes(index, existingTable));
    }

    /**
     * Whether the plain form of {@code change} scans or rewrites its table: a rewriting type, NOT NULL, a collation
     * (its indexes are rebuilt).
     */
    private static boolean scans(AlterColumn change) {
        boolean rewrites = change.aspects().contains(ColumnAspect.TYPE)
                && TypeChanges.rewrites(change.from().type(), change.to().type());
        boolean notNull = change.aspects().contains(ColumnAspect.NULLABILITY) && !change.to().nullable();
        boolean rebuildsIndexes = change.aspects().contains(ColumnAspect.COLLATION);
        return rewrites || notNull || rebuildsIndexes;
    }

    /** Where the fill comes in an ADD COLUMN's plain form: after ADD COLUMN and, with a default, SET DEFAULT. */
    private static int fillIndex(AddColumn change) {
        return change.column().defaultExpression() == null ? 1 : 2;
    }

    /** Where the fill comes in an ALTER COLUMN's plain form: first, or after the other actions. */
    private static int fillIndex(AlterColumn change) {
        return AlterColumnSql.othersThanSetNotNull(change).isEmpty() ? 0 : 1;
    }

    /** The mode of one statement of each kind of change's plain form. */
    private static final class Modes implements ChangeVisitor<StatementMode> {

        private final int index;
        private final boolean existingTable;

        Modes(int index, boolean existingTable) {
            this.index = index;
            this.existingTable = existingTable;
        }

        /** A statement that scans or rewrites its table: a scan on a table with rows, else quick. */
        private StatementMode scanOrQuick() {
            return existingTable ? StatementMode.SCAN : StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(CreateSchema c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(DropSchema c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(CreateExtension c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(DropExtension c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(UpdateExtension c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(CreateEnum c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(DropEnum c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(RenameEnum c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AddEnumValue c) {
            return StatementMode.ALONE;
        }

        @Override
        public StatementMode visit(RenameEnumValue c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(RecreateEnum c) {
            return scanOrQuick();
        }

        @Override
        public StatementMode visit(SetEnumComment c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(CreateTable c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(DropTable c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(RenameTable c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(SetTableComment c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AddColumn c) {
            return c.fill() != null && index == fillIndex(c) ? StatementMode.LONG : StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(DropColumn c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(RenameColumn c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AlterColumn c) {
            if (c.fillsNulls() && index == fillIndex(c)) {
                return StatementMode.LONG;
            }
            return scans(c) ? scanOrQuick() : StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(SetColumnComment c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AddPrimaryKey c) {
            return scanOrQuick();
        }

        @Override
        public StatementMode visit(DropPrimaryKey c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AddUnique c) {
            return scanOrQuick();
        }

        @Override
        public StatementMode visit(DropUnique c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AddCheck c) {
            return index == 1 ? StatementMode.VALIDATE : StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(DropCheck c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AddExclusion c) {
            return scanOrQuick();
        }

        @Override
        public StatementMode visit(DropExclusion c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AddForeignKey c) {
            return !c.newTable() && index == 1 ? StatementMode.VALIDATE : StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(DropForeignKey c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(RenameConstraint c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(CreateIndex c) {
            return scanOrQuick();
        }

        @Override
        public StatementMode visit(DropIndex c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(RenameIndex c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(ValidateConstraint c) {
            return StatementMode.VALIDATE;
        }

        @Override
        public StatementMode visit(InvalidateConstraint c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AlterForeignKeyDeferrability c) {
            return StatementMode.QUICK;
        }

        /** A rewrite of a table with rows; a new table's is instant. */
        @Override
        public StatementMode visit(SetTablePersistence c) {
            return scanOrQuick();
        }

        @Override
        public StatementMode visit(SetReplicaIdentity c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(CreateSequence c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(DropSequence c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(AlterSequence c) {
            return StatementMode.QUICK;
        }

        @Override
        public StatementMode visit(SetSequenceOwner c) {
            return StatementMode.QUICK;
        }
    }
}
