package dev.shale.diff.change;

/**
 * One schema change: plain immutable data, produced by the differ and rendered to SQL separately.
 * Every change knows its exact inverse, which is how down migrations are built.
 */
public sealed interface Change permits
        CreateSchema, DropSchema,
        CreateExtension, DropExtension, UpdateExtension,
        CreateEnum, DropEnum, RenameEnum, AddEnumValue, RenameEnumValue, RecreateEnum, SetEnumComment,
        CreateTable, DropTable, RenameTable, SetTableComment,
        AddColumn, DropColumn, RenameColumn, AlterColumn, SetColumnComment,
        AddPrimaryKey, DropPrimaryKey, AddUnique, DropUnique, AddCheck, DropCheck, AddExclusion, DropExclusion,
        AddForeignKey, DropForeignKey, RenameConstraint,
        ValidateConstraint, InvalidateConstraint, AlterForeignKeyDeferrability,
        CreateIndex, DropIndex, RenameIndex,
        SetTablePersistence, SetReplicaIdentity,
        CreateSequence, DropSequence, AlterSequence, SetSequenceOwner {

    /** The change that undoes this one when applied right after it. */
    Change reverse();

    /** Calls the method of {@code visitor} for this kind of change and returns its result. */
    <R> R accept(ChangeVisitor<R> visitor);
}
