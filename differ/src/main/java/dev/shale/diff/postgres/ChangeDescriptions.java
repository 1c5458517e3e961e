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
import dev.shale.model.Deferrability;
import dev.shale.model.QualifiedName;

/** One line of plain words per change, for migration headers and reports. */
public final class ChangeDescriptions {

    private static final ChangeVisitor<String> DESCRIBER = new Describer();

    private ChangeDescriptions() {
    }

    /** For example {@code create table public.users} or {@code add value SUPER_ADMIN to enum public.role}. */
    public static String describe(Change change) {
        return change.accept(DESCRIBER);
    }

    /** The new name alone when only the name changes, qualified when the schema changes too. */
    private static String target(QualifiedName from, QualifiedName to) {
        return from.schema().equals(to.schema()) ? to.name() : to.toString();
    }

    /** {@code NOT DEFERRABLE}, {@code DEFERRABLE} or {@code DEFERRABLE INITIALLY DEFERRED}. */
    private static String deferrability(Deferrability deferrability) {
        return deferrability == Deferrability.NOT_DEFERRABLE ? "NOT DEFERRABLE" : deferrability.sql();
    }

    private static String comment(String to) {
        return to == null ? "remove comment" : "set comment";
    }

    /** One line of plain words for each kind of change. */
    private static final class Describer implements ChangeVisitor<String> {
        @Override
        public String visit(CreateSchema c) {
            return "create schema " + c.name();
        }

        @Override
        public String visit(DropSchema c) {
            return "drop schema " + c.name();
        }

        @Override
        public String visit(CreateExtension c) {
            return "create extension " + c.extension();
        }

        @Override
        public String visit(DropExtension c) {
            return "drop extension " + c.extension().name();
        }

        @Override
        public String visit(UpdateExtension c) {
            return "update extension " + c.name() + " to "
                    + (c.to() == null ? "the default version" : "version " + c.to());
        }

        @Override
        public String visit(CreateEnum c) {
            return "create enum " + c.type().name();
        }

        @Override
        public String visit(DropEnum c) {
            return "drop enum " + c.type().name();
        }

        @Override
        public String visit(RenameEnum c) {
            return "rename enum " + c.from() + " to " + target(c.from(), c.to());
        }

        @Override
        public String visit(AddEnumValue c) {
            return "add value " + c.value() + " to enum " + c.to().name();
        }

        @Override
        public String visit(RenameEnumValue c) {
            return "rename value " + c.from() + " to " + c.to() + " in enum " + c.type();
        }

        @Override
        public String visit(RecreateEnum c) {
            return "recreate enum " + c.to().name() + ": " + EnumDescriptions.difference(c.from(), c.to());
        }

        @Override
        public String visit(SetEnumComment c) {
            return comment(c.to()) + " on enum " + c.type();
        }

        @Override
        public String visit(CreateTable c) {
            return "create table " + c.table().name();
        }

        @Override
        public String visit(DropTable c) {
            return "drop table " + c.table().name();
        }

        @Override
        public String visit(RenameTable c) {
            return "rename table " + c.from() + " to " + target(c.from(), c.to());
        }

        @Override
        public String visit(SetTableComment c) {
            return comment(c.to()) + " on table " + c.table();
        }

        @Override
        public String visit(AddColumn c) {
            return "add column " + c.table() + "." + c.column().name() + (c.fill() == null ? ""
                    : ", existing rows filled with " + c.fill() + " in batches of " + FillSql.BATCH
                            + " inside this migration's transaction (the table stays locked until it commits)");
        }

        @Override
        public String visit(DropColumn c) {
            return "drop column " + c.table() + "." + c.column().name();
        }

        @Override
        public String visit(RenameColumn c) {
            return "rename column " + c.table() + "." + c.from() + " to " + c.to();
        }

        @Override
        public String visit(AlterColumn c) {
            return "change column " + c.table() + "." + c.to().name() + ": " + AlterColumnDescriptions.of(c);
        }

        @Override
        public String visit(SetColumnComment c) {
            return comment(c.to()) + " on column " + c.table() + "." + c.column();
        }

        @Override
        public String visit(AddPrimaryKey c) {
            return "add primary key " + c.primaryKey().name() + " on " + c.table();
        }

        @Override
        public String visit(DropPrimaryKey c) {
            return "drop primary key " + c.primaryKey().name() + " on " + c.table();
        }

        @Override
        public String visit(AddUnique c) {
            return "add unique constraint " + c.unique().name() + " on " + c.table();
        }

        @Override
        public String visit(DropUnique c) {
            return "drop unique constraint " + c.unique().name() + " on " + c.table();
        }

        @Override
        public String visit(AddCheck c) {
            return "add check " + c.check().name() + " on " + c.table();
        }

        @Override
        public String visit(DropCheck c) {
            return "drop check " + c.check().name() + " on " + c.table();
        }

        @Override
        public String visit(AddExclusion c) {
            return "add exclusion constraint " + c.exclusion().name() + " on " + c.table();
        }

        @Override
        public String visit(DropExclusion c) {
            return "drop exclusion constraint " + c.exclusion().name() + " on " + c.table();
        }

        @Override
        public String visit(AddForeignKey c) {
            return "add foreign key " + c.foreignKey().name() + " on " + c.table();
        }

        @Override
        public String visit(DropForeignKey c) {
            return "drop foreign key " + c.foreignKey().name() + " on " + c.table();
        }

        @Override
        public String visit(RenameConstraint c) {
            return "rename constraint " + c.from() + " to " + c.to() + " on " + c.table();
        }

        @Override
        public String visit(CreateIndex c) {
            return "create " + (c.index().unique() ? "unique " : "") + "index " + c.index().name() + " on " + c.table();
        }

        @Override
        public String visit(DropIndex c) {
            return "drop index " + c.index().name() + " on " + c.table();
        }

        @Override
        public String visit(RenameIndex c) {
            return "rename index " + c.from() + " to " + c.to() + " on " + c.table();
        }

        @Override
        public String visit(ValidateConstraint c) {
            return "validate " + (c.check() != null ? "check " : "foreign key ") + c.name() + " on " + c.table();
        }

        @Override
        public String visit(InvalidateConstraint c) {
            return "mark " + (c.check() != null ? "check " : "foreign key ") + c.name() + " NOT VALID on " + c.table();
        }

        @Override
        public String visit(AlterForeignKeyDeferrability c) {
            return "make foreign key " + c.foreignKey().name() + " " + deferrability(c.to()) + " on " + c.table();
        }

        @Override
        public String visit(SetTablePersistence c) {
            return "set table " + c.table() + (c.unlogged() ? " UNLOGGED" : " LOGGED");
        }

        @Override
        public String visit(SetReplicaIdentity c) {
            return "set replica identity of " + c.table() + " to " + c.to().sql();
        }

        @Override
        public String visit(CreateSequence c) {
            return "create sequence " + c.sequence().name();
        }

        @Override
        public String visit(DropSequence c) {
            return "drop sequence " + c.sequence().name();
        }

        @Override
        public String visit(AlterSequence c) {
            return "alter sequence " + c.to().name();
        }

        @Override
        public String visit(SetSequenceOwner c) {
            return c.to() == null ? "remove the owner of sequence " + c.sequence()
                    : "make sequence " + c.sequence() + " owned by " + c.to().table() + "." + c.to().column();
        }
    }
}
