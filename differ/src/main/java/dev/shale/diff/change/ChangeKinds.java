package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.Optional;

/**
 * Narrowing questions many callers ask of a change, answered by one exhaustive {@link ChangeVisitor} each, so that a
 * new kind of change cannot compile until it says its answer.
 */
public final class ChangeKinds {

    private static final ChangeVisitor<Optional<QualifiedName>> TABLE = new TableOfMember();

    private ChangeKinds() {
    }

    /**
     * The table whose member (column, constraint, index, comment) {@code change} acts on; empty for schemas, enums
     * and whole tables created, dropped or renamed.
     */
    public static Optional<QualifiedName> table(Change change) {
        return change.accept(TABLE);
    }

    /** The table of each change on a table member; nothing for the rest. */
    private static final class TableOfMember implements ChangeVisitor<Optional<QualifiedName>> {
        @Override public Optional<QualifiedName> visit(CreateSchema c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(DropSchema c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(CreateExtension c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(DropExtension c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(UpdateExtension c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(CreateEnum c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(DropEnum c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(RenameEnum c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(AddEnumValue c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(RenameEnumValue c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(RecreateEnum c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(SetEnumComment c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(CreateTable c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(DropTable c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(RenameTable c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(SetTableComment c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(AddColumn c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(DropColumn c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(RenameColumn c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(AlterColumn c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(SetColumnComment c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(AddPrimaryKey c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(DropPrimaryKey c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(AddUnique c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(DropUnique c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(AddCheck c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(DropCheck c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(AddExclusion c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(DropExclusion c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(AddForeignKey c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(DropForeignKey c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(RenameConstraint c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(ValidateConstraint c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(InvalidateConstraint c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(AlterForeignKeyDeferrability c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(CreateIndex c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(DropIndex c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(RenameIndex c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(SetTablePersistence c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(SetReplicaIdentity c) { return Optional.of(c.table()); }
        @Override public Optional<QualifiedName> visit(CreateSequence c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(DropSequence c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(AlterSequence c) { return Optional.empty(); }
        @Override public Optional<QualifiedName> visit(SetSequenceOwner c) { return Optional.empty(); }
    }
}
