package dev.shale.diff.change;

/**
 * One method per kind of {@link Change}: a dispatch over changes written as a visitor is checked by the compiler,
 * so a new kind of change cannot compile while any dispatch forgets it. {@code R} is what each visit returns.
 */
public interface ChangeVisitor<R> {

    R visit(CreateSchema change);

    R visit(DropSchema change);

    R visit(CreateExtension change);

    R visit(DropExtension change);

    R visit(UpdateExtension change);

    R visit(CreateEnum change);

    R visit(DropEnum change);

    R visit(RenameEnum change);

    R visit(AddEnumValue change);

    R visit(RenameEnumValue change);

    R visit(RecreateEnum change);

    R visit(SetEnumComment change);

    R visit(CreateTable change);

    R visit(DropTable change);

    R visit(RenameTable change);

    R visit(SetTableComment change);

    R visit(AddColumn change);

    R visit(DropColumn change);

    R visit(RenameColumn change);

    R visit(AlterColumn change);

    R visit(SetColumnComment change);

    R visit(AddPrimaryKey change);

    R visit(DropPrimaryKey change);

    R visit(AddUnique change);

    R visit(DropUnique change);

    R visit(AddCheck change);

    R visit(DropCheck change);

    R visit(AddExclusion change);

    R visit(DropExclusion change);

    R visit(AddForeignKey change);

    R visit(DropForeignKey change);

    R visit(RenameConstraint change);

    R visit(ValidateConstraint change);

    R visit(InvalidateConstraint change);

    R visit(AlterForeignKeyDeferrability change);

    R visit(CreateIndex change);

    R visit(DropIndex change);

    R visit(RenameIndex change);

    R visit(SetTablePersistence change);

    R visit(SetReplicaIdentity change);

    R visit(CreateSequence change);

    R visit(DropSequence change);

    R visit(AlterSequence change);

    R visit(SetSequenceOwner change);
}
