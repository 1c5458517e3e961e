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
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identifiers;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link DataRequirement}s of a change: what the existing rows must satisfy for it to succeed, named as when the
 * change runs. One rule per kind of {@link Change}, a {@link ChangeVisitor}, so a new change kind cannot compile
 * without one. Changes that cannot fail on rows (creates of new objects, drops, renames, comments,
 * enum value additions) require nothing.
 */
final class RequirementRules {

    private static final ChangeVisitor<List<DataRequirement>> RULES = new Rules();

    private RequirementRules() {
    }

    /** What the rows must satisfy for {@code change} to succeed. */
    static List<DataRequirement> of(Change change) {
        return change.accept(RULES);
    }

    /**
     * A NOT NULL column that nothing fills (no default, identity or generation, no declared fill, nor a down's refill
     * with the zero of its type) fails on any row; a generated column fails on a row its expression raises an error
     * on, and a generated NOT NULL column on a row its expression gives NULL for.
     */
    private static List<DataRequirement> addColumn(AddColumn change) {
        Column column = change.column();
        if (column.generatedExpression() != null) {
            DataRequirement computes = new DataRequirement.Computes(change.table(), column.name(),
                    column.generatedExpression());
            return column.nullable() ? List.of(computes) : List.of(computes, new DataRequirement.Check(change.table(),
                    column.name() + " NOT NULL", "(" + column.generatedExpression() + ") IS NOT NULL"));
        }
        return change.givesRowsNoValue() ? List.of(new DataRequirement.Empty(change.table(), column.name()))
                : List.of();
    }

    private static List<DataRequirement> alterColumn(AlterColumn change) {
        List<DataRequirement> out = new ArrayList<>();
        // a declared USING expression is the user's conversion: no cast to check the rows against
        if (change.aspects().contains(ColumnAspect.TYPE) && change.using() == null
                && TypeChanges.narrows(change.from().type(), change.to().type())) {
            out.add(new DataRequirement.Cast(change.table(), change.from().name(), change.from().type().sql(),
                    change.to().type().sql()));
        }
        if (change.aspects().contains(ColumnAspect.NULLABILITY) && !change.to().nullable() && !change.fillsNulls()) {
            out.add(new DataRequirement.NoNulls(change.table(), change.from().name()));
        }
        return out;
    }

    private static List<DataRequirement> addPrimaryKey(AddPrimaryKey change) {
        return List.of(new DataRequirement.Unique(change.table(), change.primaryKey().name(),
                quoted(change.primaryKey().columns()), null));
    }

    private static List<DataRequirement> addUnique(AddUnique change) {
        // under NULLS NOT DISTINCT a NULL key counts too: each key is checked as ARRAY[key], as for an index
        List<String> keys = quoted(change.unique().columns());
        if (change.unique().options().nullsNotDistinct()) {
            keys = keys.stream().map(k -> "ARRAY[" + k + "]").toList();
        }
        return List.of(new DataRequirement.Unique(change.table(), change.unique().name(), keys, null));
    }

    private static List<DataRequirement> createIndex(CreateIndex change) {
        if (!change.index().unique()) {
            return List.of();
        }
        return List.of(new DataRequirement.Unique(change.table(), change.index().name(),
                DataRequirement.Unique.keys(change.index()), change.index().where()));
    }

    private static List<DataRequirement> addCheck(AddCheck change) {
        if (change.check().notValid()) {
            return List.of();
        }
        return List.of(new DataRequirement.Check(change.table(), change.check().name(), change.check().expression()));
    }

    /** Validating a check or foreign key checks every row, as adding it valid does. */
    private static List<DataRequirement> validate(ValidateConstraint change) {
        if (change.check() != null) {
            return List.of(new DataRequirement.Check(change.table(), change.check().name(),
                    change.check().expression()));
        }
        ForeignKey fk = change.foreignKey();
        return List.of(new DataRequirement.References(change.table(), fk.name(), fk.columns(), fk.referencedTable(),
                fk.referencedColumns()));
    }

    /** A foreign key added to a table created in the same migration has no rows to check. */
    private static List<DataRequirement> addForeignKey(AddForeignKey change) {
        if (change.newTable() || change.foreignKey().notValid()) {
            return List.of();
        }
        return List.of(new DataRequirement.References(change.table(), change.foreignKey().name(),
                change.foreignKey().columns(), change.foreignKey().referencedTable(),
                change.foreignKey().referencedColumns()));
    }

    /** The swap converts each value through text to the new type, which fails on a removed label. */
    private static List<DataRequirement> recreateEnum(RecreateEnum change) {
        List<String> removed = new ArrayList<>(change.from().values());
        removed.removeAll(change.to().values());
        return removed.stream().map(v -> (DataRequirement) new DataRequirement.EnumUnused(change.from().name(), v))
                .toList();
    }

    private static List<String> quoted(List<String> columns) {
        return columns.stream().map(Identifiers::quote).toList();
    }

    /** The requirements of each kind of change; none for those that cannot fail on rows. */
    private static final class Rules implements ChangeVisitor<List<DataRequirement>> {
        @Override
        public List<DataRequirement> visit(CreateSchema c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(DropSchema c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(CreateExtension c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(DropExtension c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(UpdateExtension c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(CreateEnum c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(DropEnum c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(RenameEnum c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(AddEnumValue c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(RenameEnumValue c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(RecreateEnum c) {
            return recreateEnum(c);
        }

        @Override
        public List<DataRequirement> visit(SetEnumComment c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(CreateTable c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(DropTable c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(RenameTable c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(SetTableComment c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(AddColumn c) {
            return addColumn(c);
        }

        @Override
        public List<DataRequirement> visit(DropColumn c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(RenameColumn c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(AlterColumn c) {
            return alterColumn(c);
        }

        @Override
        public List<DataRequirement> visit(SetColumnComment c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(AddPrimaryKey c) {
            return addPrimaryKey(c);
        }

        @Override
        public List<DataRequirement> visit(DropPrimaryKey c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(AddUnique c) {
            return addUnique(c);
        }

        @Override
        public List<DataRequirement> visit(DropUnique c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(AddCheck c) {
            return addCheck(c);
        }

        @Override
        public List<DataRequirement> visit(DropCheck c) {
            return List.of();
        }

        /**
         * No pre-flight: rows two of which satisfy every operator make {@code ADD CONSTRAINT ... EXCLUDE} fail
         * with PostgreSQL's error naming the constraint and the conflicting keys, inside the migration's
         * transaction, so nothing of the migration stays applied.
         */
        @Override
        public List<DataRequirement> visit(AddExclusion c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(DropExclusion c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(AddForeignKey c) {
            return addForeignKey(c);
        }

        @Override
        public List<DataRequirement> visit(DropForeignKey c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(RenameConstraint c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(CreateIndex c) {
            return createIndex(c);
        }

        @Override
        public List<DataRequirement> visit(DropIndex c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(RenameIndex c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(ValidateConstraint c) {
            return validate(c);
        }

        @Override
        public List<DataRequirement> visit(InvalidateConstraint c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(AlterForeignKeyDeferrability c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(SetTablePersistence c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(SetReplicaIdentity c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(CreateSequence c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(DropSequence c) {
            return List.of();
        }

        @Override
        public List<DataRequirement> visit(AlterSequence c) {
            return SequenceHazards.narrows(c) ? List.of(new DataRequirement.SequenceInRange(c.to().name(),
                    c.to().min(), c.to().max())) : List.of();
        }

        @Override
        public List<DataRequirement> visit(SetSequenceOwner c) {
            return List.of();
        }
    }
}
