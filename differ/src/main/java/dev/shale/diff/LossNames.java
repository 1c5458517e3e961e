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
import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.Hazard;
import java.util.List;

/**
 * Names a hazard's lost data as the database calls it when the migration starts: a change names objects as they
 * are when it runs, after the renames before it in the same file, but the runner looks the data up before the
 * file runs. Undoes those renames (tables, columns, enums, enum values), latest first.
 */
final class LossNames {

    private LossNames() {
    }

    /** {@code hazard} with its losses named as before {@code earlier}, the changes that run before its own. */
    static Hazard atStart(Hazard hazard, List<Change> earlier) {
        if (hazard.losses().isEmpty()) {
            return hazard;
        }
        List<DataLoss> losses = hazard.losses().stream().map(loss -> atStart(loss, earlier)).toList();
        return new Hazard(hazard.code(), hazard.object(), hazard.change(), hazard.message(), losses);
    }

    /** {@code loss} named as before {@code earlier}. */
    static DataLoss atStart(DataLoss loss, List<Change> earlier) {
        DataLoss named = loss;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            named = undo(named, earlier.get(i));
        }
        return named;
    }

    private static DataLoss undo(DataLoss loss, Change change) {
        return change.accept(new Undo(loss));
    }

    /**
     * One loss named as before each kind of change: renames of tables, columns, enums and their values undone;
     * every other kind keeps the name.
     */
    private static final class Undo implements ChangeVisitor<DataLoss> {

        private final DataLoss loss;

        Undo(DataLoss loss) {
            this.loss = loss;
        }

        /** Whether the loss is of a table's data (rows, a column) rather than of an enum value or a sequence. */
        private boolean onTable() {
            return loss.kind() == DataLoss.Kind.TABLE || loss.kind() == DataLoss.Kind.COLUMN;
        }

        /** Whether the loss is of an enum value. */
        private boolean onEnum() {
            return loss.kind() == DataLoss.Kind.ENUM_VALUE;
        }

        @Override
        public DataLoss visit(CreateSchema c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropSchema c) {
            return loss;
        }

        @Override
        public DataLoss visit(CreateExtension c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropExtension c) {
            return loss;
        }

        @Override
        public DataLoss visit(UpdateExtension c) {
            return loss;
        }

        @Override
        public DataLoss visit(CreateEnum c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropEnum c) {
            return loss;
        }

        @Override
        public DataLoss visit(RenameEnum c) {
            if (onEnum() && loss.relation().equals(c.to())) {
                return DataLoss.enumValue(c.from(), loss.member());
            }
            return loss;
        }

        @Override
        public DataLoss visit(AddEnumValue c) {
            return loss;
        }

        @Override
        public DataLoss visit(RenameEnumValue c) {
            if (onEnum() && loss.relation().equals(c.type()) && loss.member().equals(c.to())) {
                return DataLoss.enumValue(c.type(), c.from());
            }
            return loss;
        }

        @Override
        public DataLoss visit(RecreateEnum c) {
            return loss;
        }

        @Override
        public DataLoss visit(SetEnumComment c) {
            return loss;
        }

        @Override
        public DataLoss visit(CreateTable c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropTable c) {
            return loss;
        }

        @Override
        public DataLoss visit(RenameTable c) {
            if (onTable() && loss.relation().equals(c.to())) {
                return new DataLoss(loss.kind(), c.from(), loss.member());
            }
            return loss;
        }

        @Override
        public DataLoss visit(SetTableComment c) {
            return loss;
        }

        @Override
        public DataLoss visit(AddColumn c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropColumn c) {
            return loss;
        }

        @Override
        public DataLoss visit(RenameColumn c) {
            if (loss.kind() == DataLoss.Kind.COLUMN && loss.relation().equals(c.table())
                    && loss.member().equals(c.to())) {
                return DataLoss.column(c.table(), c.from());
            }
            return loss;
        }

        @Override
        public DataLoss visit(AlterColumn c) {
            return loss;
        }

        @Override
        public DataLoss visit(SetColumnComment c) {
            return loss;
        }

        @Override
        public DataLoss visit(AddPrimaryKey c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropPrimaryKey c) {
            return loss;
        }

        @Override
        public DataLoss visit(AddUnique c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropUnique c) {
            return loss;
        }

        @Override
        public DataLoss visit(AddCheck c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropCheck c) {
            return loss;
        }

        @Override
        public DataLoss visit(AddExclusion c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropExclusion c) {
            return loss;
        }

        @Override
        public DataLoss visit(AddForeignKey c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropForeignKey c) {
            return loss;
        }

        @Override
        public DataLoss visit(RenameConstraint c) {
            return loss;
        }

        @Override
        public DataLoss visit(CreateIndex c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropIndex c) {
            return loss;
        }

        @Override
        public DataLoss visit(RenameIndex c) {
            return loss;
        }

        @Override
        public DataLoss visit(ValidateConstraint c) {
            return loss;
        }

        @Override
        public DataLoss visit(InvalidateConstraint c) {
            return loss;
        }

        @Override
        public DataLoss visit(AlterForeignKeyDeferrability c) {
            return loss;
        }

        @Override
        public DataLoss visit(SetTablePersistence c) {
            return loss;
        }

        @Override
        public DataLoss visit(SetReplicaIdentity c) {
            return loss;
        }

        @Override
        public DataLoss visit(CreateSequence c) {
            return loss;
        }

        @Override
        public DataLoss visit(DropSequence c) {
            return loss;
        }

        @Override
        public DataLoss visit(AlterSequence c) {
            return loss;
        }

        @Override
        public DataLoss visit(SetSequenceOwner c) {
            return loss;
        }
    }
}
