package dev.shale.diff.postgres;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
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
import dev.shale.model.QualifiedName;

/** One line of plain words per change, for migration headers and reports. */
public final class ChangeDescriptions {

    private ChangeDescriptions() {
    }

    /** For example {@code create table public.users} or {@code add value SUPER_ADMIN to enum public.role}. */
    public static String describe(Change change) {
        if (change instanceof CreateSchema c) {
            return "create schema " + c.name();
        } else if (change instanceof DropSchema c) {
            return "drop schema " + c.name();
        } else if (change instanceof CreateEnum c) {
            return "create enum " + c.type().name();
        } else if (change instanceof DropEnum c) {
            return "drop enum " + c.type().name();
        } else if (change instanceof RenameEnum c) {
            return "rename enum " + c.from() + " to " + target(c.from(), c.to());
        } else if (change instanceof AddEnumValue c) {
            return "add value " + c.value() + " to enum " + c.to().name();
        } else if (change instanceof RenameEnumValue c) {
            return "rename value " + c.from() + " to " + c.to() + " in enum " + c.type();
        } else if (change instanceof RecreateEnum c) {
            return "recreate enum " + c.to().name() + ": " + EnumDescriptions.difference(c.from(), c.to());
        } else if (change instanceof SetEnumComment c) {
            return comment(c.to()) + " on enum " + c.type();
        } else if (change instanceof CreateTable c) {
            return "create table " + c.table().name();
        } else if (change instanceof DropTable c) {
            return "drop table " + c.table().name();
        } else if (change instanceof RenameTable c) {
            return "rename table " + c.from() + " to " + target(c.from(), c.to());
        } else if (change instanceof SetTableComment c) {
            return comment(c.to()) + " on table " + c.table();
        } else if (change instanceof AddColumn c) {
            return "add column " + c.table() + "." + c.column().name() + (c.fill() == null ? ""
                    : ", existing rows filled with " + c.fill() + " in batches of " + FillSql.BATCH
                            + " inside this migration's transaction (the table stays locked until it commits)");
        } else if (change instanceof DropColumn c) {
            return "drop column " + c.table() + "." + c.column().name();
        } else if (change instanceof RenameColumn c) {
            return "rename column " + c.table() + "." + c.from() + " to " + c.to();
        } else if (change instanceof AlterColumn c) {
            return "change column " + c.table() + "." + c.to().name() + ": " + AlterColumnDescriptions.of(c);
        } else if (change instanceof SetColumnComment c) {
            return comment(c.to()) + " on column " + c.table() + "." + c.column();
        } else if (change instanceof AddPrimaryKey c) {
            return "add primary key " + c.primaryKey().name() + " on " + c.table();
        } else if (change instanceof DropPrimaryKey c) {
            return "drop primary key " + c.primaryKey().name() + " on " + c.table();
        } else if (change instanceof AddUnique c) {
            return "add unique constraint " + c.unique().name() + " on " + c.table();
        } else if (change instanceof DropUnique c) {
            return "drop unique constraint " + c.unique().name() + " on " + c.table();
        } else if (change instanceof AddCheck c) {
            return "add check " + c.check().name() + " on " + c.table();
        } else if (change instanceof DropCheck c) {
            return "drop check " + c.check().name() + " on " + c.table();
        } else if (change instanceof AddForeignKey c) {
            return "add foreign key " + c.foreignKey().name() + " on " + c.table();
        } else if (change instanceof DropForeignKey c) {
            return "drop foreign key " + c.foreignKey().name() + " on " + c.table();
        } else if (change instanceof RenameConstraint c) {
            return "rename constraint " + c.from() + " to " + c.to() + " on " + c.table();
        } else if (change instanceof CreateIndex c) {
            return "create " + (c.index().unique() ? "unique " : "") + "index " + c.index().name() + " on " + c.table();
        } else if (change instanceof DropIndex c) {
            return "drop index " + c.index().name() + " on " + c.table();
        } else if (change instanceof RenameIndex c) {
            return "rename index " + c.from() + " to " + c.to() + " on " + c.table();
        }
        throw new AssertionError("no description for " + change.getClass().getName());
    }

    /** The new name alone when only the name changes, qualified when the schema changes too. */
    private static String target(QualifiedName from, QualifiedName to) {
        return from.schema().equals(to.schema()) ? to.name() : to.toString();
    }

    private static String comment(String to) {
        return to == null ? "remove comment" : "set comment";
    }
}
