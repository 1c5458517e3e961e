package dev.shale.cli.render;

import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.DropExclusion;
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
import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.UpdateExtension;
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
import java.util.List;
import java.util.Locale;

/** Suggests a migration name from its changes when {@code --name} is not given. */
public final class MigrationNames {

    private static final int MAX_LENGTH = 60;

    private static final ChangeVisitor<Boolean> SECONDARY = new Secondary();

    private static final ChangeVisitor<String> SINGLE = new Single();

    private MigrationNames() {
    }

    /** A snake_case name such as {@code create_users_projects} or {@code add_users_active}. */
    public static String suggest(List<Change> changes) {
        List<Change> named = changes.stream().filter(c -> !isSecondary(c)).toList();
        if (named.isEmpty()) {
            named = changes; // only changes that usually go with others: they name the migration themselves
        }
        if (named.isEmpty()) {
            return "schema_change";
        }
        if (named.stream().allMatch(c -> c instanceof CreateTable || c instanceof CreateEnum)
                && named.stream().anyMatch(c -> c instanceof CreateTable)) {
            List<String> tables = named.stream().filter(c -> c instanceof CreateTable)
                    .map(c -> ((CreateTable) c).table().name().name()).toList();
            return fit("create_" + String.join("_", tables), "create_tables");
        }
        if (named.size() == 1) {
            return fit(single(named.get(0)), "schema_change");
        }
        if (named.stream().allMatch(c -> c instanceof CreateEnum)) {
            return "create_types";
        }
        return "schema_change";
    }

    /** Whether {@code change} goes with another (a comment, a new table's foreign key) rather than naming one. */
    private static boolean isSecondary(Change change) {
        return change.accept(SECONDARY);
    }

    private static String single(Change change) {
        return change.accept(SINGLE);
    }

    private static String fit(String name, String fallback) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_");
        return cleaned.length() <= MAX_LENGTH ? cleaned : fallback;
    }

    /** Whether each kind of change goes with another rather than naming a migration. */
    private static final class Secondary implements ChangeVisitor<Boolean> {
        @Override
        public Boolean visit(CreateSchema c) {
            return false;
        }

        @Override
        public Boolean visit(DropSchema c) {
            return false;
        }

        /** An extension goes with the tables and columns that use it. */
        @Override
        public Boolean visit(CreateExtension c) {
            return true;
        }

        @Override
        public Boolean visit(DropExtension c) {
            return true;
        }

        @Override
        public Boolean visit(UpdateExtension c) {
            return false;
        }

        @Override
        public Boolean visit(CreateEnum c) {
            return false;
        }

        @Override
        public Boolean visit(DropEnum c) {
            return false;
        }

        @Override
        public Boolean visit(RenameEnum c) {
            return false;
        }

        @Override
        public Boolean visit(AddEnumValue c) {
            return false;
        }

        @Override
        public Boolean visit(RenameEnumValue c) {
            return false;
        }

        @Override
        public Boolean visit(RecreateEnum c) {
            return false;
        }

        @Override
        public Boolean visit(SetEnumComment c) {
            return true;
        }

        @Override
        public Boolean visit(CreateTable c) {
            return false;
        }

        @Override
        public Boolean visit(DropTable c) {
            return false;
        }

        @Override
        public Boolean visit(RenameTable c) {
            return false;
        }

        @Override
        public Boolean visit(SetTableComment c) {
            return true;
        }

        @Override
        public Boolean visit(AddColumn c) {
            return false;
        }

        @Override
        public Boolean visit(DropColumn c) {
            return false;
        }

        @Override
        public Boolean visit(RenameColumn c) {
            return false;
        }

        @Override
        public Boolean visit(AlterColumn c) {
            return false;
        }

        @Override
        public Boolean visit(SetColumnComment c) {
            return true;
        }

        @Override
        public Boolean visit(AddPrimaryKey c) {
            return false;
        }

        @Override
        public Boolean visit(DropPrimaryKey c) {
            return false;
        }

        @Override
        public Boolean visit(AddUnique c) {
            return false;
        }

        @Override
        public Boolean visit(DropUnique c) {
            return false;
        }

        @Override
        public Boolean visit(AddCheck c) {
            return false;
        }

        @Override
        public Boolean visit(DropCheck c) {
            return false;
        }

        @Override
        public Boolean visit(AddExclusion c) {
            return false;
        }

        @Override
        public Boolean visit(DropExclusion c) {
            return false;
        }

        @Override
        public Boolean visit(AddForeignKey c) {
            return c.newTable();
        }

        @Override
        public Boolean visit(DropForeignKey c) {
            return false;
        }

        @Override
        public Boolean visit(RenameConstraint c) {
            return false;
        }

        @Override
        public Boolean visit(CreateIndex c) {
            return false;
        }

        @Override
        public Boolean visit(DropIndex c) {
            return false;
        }

        @Override
        public Boolean visit(RenameIndex c) {
            return false;
        }

        @Override
        public Boolean visit(ValidateConstraint c) {
            return false;
        }

        @Override
        public Boolean visit(InvalidateConstraint c) {
            return false;
        }

        @Override
        public Boolean visit(AlterForeignKeyDeferrability c) {
            return false;
        }

        @Override
        public Boolean visit(SetTablePersistence c) {
            return false;
        }

        @Override
        public Boolean visit(SetReplicaIdentity c) {
            return false;
        }

        @Override
        public Boolean visit(CreateSequence c) {
            return c.sequence().ownedBy() != null;
        }

        @Override
        public Boolean visit(DropSequence c) {
            return c.sequence().ownedBy() != null;
        }

        @Override
        public Boolean visit(AlterSequence c) {
            return false;
        }

        @Override
        public Boolean visit(SetSequenceOwner c) {
            return true;
        }
    }

    /** The name a migration of one change of each kind takes; schema_change where none says more. */
    private static final class Single implements ChangeVisitor<String> {
        @Override
        public String visit(CreateSchema c) {
            return "create_schema_" + c.name();
        }

        @Override
        public String visit(DropSchema c) {
            return "drop_schema_" + c.name();
        }

        @Override
        public String visit(CreateExtension c) {
            return "create_extension_" + c.extension().name();
        }

        @Override
        public String visit(DropExtension c) {
            return "drop_extension_" + c.extension().name();
        }

        @Override
        public String visit(UpdateExtension c) {
            return "update_extension_" + c.name();
        }

        @Override
        public String visit(CreateEnum c) {
            return "create_type_" + c.type().name().name();
        }

        @Override
        public String visit(DropEnum c) {
            return "drop_type_" + c.type().name().name();
        }

        @Override
        public String visit(RenameEnum c) {
            return "rename_type_" + c.from().name() + "_to_" + c.to().name();
        }

        @Override
        public String visit(AddEnumValue c) {
            return "add_" + c.to().name().name() + "_" + c.value();
        }

        @Override
        public String visit(RenameEnumValue c) {
            return "rename_" + c.type().name() + "_" + c.from() + "_to_" + c.to();
        }

        @Override
        public String visit(RecreateEnum c) {
            return "recreate_type_" + c.to().name().name();
        }

        @Override
        public String visit(SetEnumComment c) {
            return "comment_type_" + c.type().name();
        }

        @Override
        public String visit(CreateTable c) {
            return "create_" + c.table().name().name();
        }

        @Override
        public String visit(DropTable c) {
            return "drop_" + c.table().name().name();
        }

        @Override
        public String visit(RenameTable c) {
            return "rename_" + c.from().name() + "_to_" + c.to().name();
        }

        @Override
        public String visit(SetTableComment c) {
            return "comment_" + c.table().name();
        }

        @Override
        public String visit(AddColumn c) {
            return "add_" + c.table().name() + "_" + c.column().name();
        }

        @Override
        public String visit(DropColumn c) {
            return "drop_" + c.table().name() + "_" + c.column().name();
        }

        @Override
        public String visit(RenameColumn c) {
            return "rename_" + c.table().name() + "_" + c.from() + "_to_" + c.to();
        }

        @Override
        public String visit(AlterColumn c) {
            return "alter_" + c.table().name() + "_" + c.to().name();
        }

        @Override
        public String visit(SetColumnComment c) {
            return "comment_" + c.table().name() + "_" + c.column();
        }

        @Override
        public String visit(AddPrimaryKey c) {
            return "add_" + c.primaryKey().name();
        }

        @Override
        public String visit(DropPrimaryKey c) {
            return "drop_" + c.primaryKey().name();
        }

        @Override
        public String visit(AddUnique c) {
            return "add_" + c.unique().name();
        }

        @Override
        public String visit(DropUnique c) {
            return "drop_" + c.unique().name();
        }

        @Override
        public String visit(AddCheck c) {
            return "add_" + c.check().name();
        }

        @Override
        public String visit(DropCheck c) {
            return "drop_" + c.check().name();
        }

        @Override
        public String visit(AddExclusion c) {
            return "schema_change";
        }

        @Override
        public String visit(DropExclusion c) {
            return "schema_change";
        }

        @Override
        public String visit(AddForeignKey c) {
            return "add_" + c.foreignKey().name();
        }

        @Override
        public String visit(DropForeignKey c) {
            return "drop_" + c.foreignKey().name();
        }

        @Override
        public String visit(RenameConstraint c) {
            return "rename_" + c.from() + "_to_" + c.to();
        }

        @Override
        public String visit(CreateIndex c) {
            return "create_index_" + c.index().name();
        }

        @Override
        public String visit(DropIndex c) {
            return "drop_index_" + c.index().name();
        }

        @Override
        public String visit(RenameIndex c) {
            return "rename_" + c.from() + "_to_" + c.to();
        }

        @Override
        public String visit(ValidateConstraint c) {
            return "validate_" + c.name();
        }

        @Override
        public String visit(InvalidateConstraint c) {
            return "invalidate_" + c.name();
        }

        @Override
        public String visit(AlterForeignKeyDeferrability c) {
            return "alter_" + c.foreignKey().name();
        }

        @Override
        public String visit(SetTablePersistence c) {
            return "set_" + c.table().name() + (c.unlogged() ? "_unlogged" : "_logged");
        }

        @Override
        public String visit(SetReplicaIdentity c) {
            return "set_" + c.table().name() + "_replica_identity";
        }

        @Override
        public String visit(CreateSequence c) {
            return "create_sequence_" + c.sequence().name().name();
        }

        @Override
        public String visit(DropSequence c) {
            return "drop_sequence_" + c.sequence().name().name();
        }

        @Override
        public String visit(AlterSequence c) {
            return "alter_sequence_" + c.to().name().name();
        }

        @Override
        public String visit(SetSequenceOwner c) {
            return "alter_sequence_" + c.sequence().name();
        }
    }
}
