package dev.shale.diff.order;

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
import dev.shale.model.QualifiedName;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a change goes among changes that do not depend on each other, so the same changes always come out in the
 * same, readable order: by group (schemas, drops of dependents, renames, types, tables, columns, keys, foreign keys,
 * drops, comments), then by the qualified name of the table or type, then by the object's name. The
 * {@link ChangeGraph} decides what must run first; this rank only breaks ties.
 *
 * <p>{@code recreated} holds the objects some change of the migration creates, {@code renamedAway} the names of
 * tables a rename leaves: a column dropped and added back goes with the renames, and so do the renames of a moved
 * table's constraints and indexes under its old name.
 */
public final class Rank implements ChangeVisitor<Rank.Position> {

    /** A change's place: {@code schema} and {@code name} of its table or type, {@code object} within it. */
    public record Position(int group, int step, String schema, String name, String object, int index)
            implements Comparable<Position> {

        private static final Comparator<Position> ORDER = Comparator.comparingInt(Position::group)
                .thenComparingInt(Position::step)
                .thenComparing(Position::schema)
                .thenComparing(Position::name)
                .thenComparing(Position::object)
                .thenComparingInt(Position::index);

        static Position of(int group, int step, QualifiedName owner, String object) {
            return new Position(group, step, owner.schema(), owner.name(), object, 0);
        }

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }

    private final Set<ObjectKey> recreated;
    private final Set<ObjectKey> renamedAway;

    private Rank(Set<ObjectKey> recreated, Set<ObjectKey> renamedAway) {
        this.recreated = Set.copyOf(recreated);
        this.renamedAway = Set.copyOf(renamedAway);
    }

    /** The rank of the changes of {@code graph}. */
    public static Rank of(ChangeGraph graph) {
        Set<ObjectKey> created = new HashSet<>();
        Set<ObjectKey> renamedAway = new HashSet<>();
        for (int i = 0; i < graph.changes().size(); i++) {
            Footprint footprint = graph.footprint(i);
            created.addAll(footprint.creates());
            footprint.drops().stream().filter(k -> k.kind() == ObjectKey.Kind.TABLE && !footprint.creates().isEmpty())
                    .forEach(renamedAway::add);
        }
        return new Rank(created, renamedAway);
    }

    @Override
    public Position visit(CreateSchema change) {
        return new Position(0, 0, change.name(), "", "", 0);
    }

    @Override
    public Position visit(CreateExtension change) {
        return new Position(0, 1, "", change.extension().name(), "", 0);
    }

    @Override
    public Position visit(UpdateExtension change) {
        return new Position(0, 2, "", change.name(), "", 0);
    }

    @Override
    public Position visit(DropForeignKey change) {
        return Position.of(1, 0, change.table(), change.foreignKey().name());
    }

    @Override
    public Position visit(DropIndex change) {
        return Position.of(2, 0, change.table(), change.index().name());
    }

    @Override
    public Position visit(DropCheck change) {
        return Position.of(2, 1, change.table(), change.check().name());
    }

    @Override
    public Position visit(DropUnique change) {
        return Position.of(2, 2, change.table(), change.unique().name());
    }

    @Override
    public Position visit(DropPrimaryKey change) {
        return Position.of(2, 3, change.table(), change.primaryKey().name());
    }

    @Override
    public Position visit(DropExclusion change) {
        return Position.of(2, 4, change.table(), change.exclusion().name());
    }

    @Override
    public Position visit(RenameEnum change) {
        return Position.of(3, 0, change.to(), "");
    }

    @Override
    public Position visit(RenameEnumValue change) {
        return Position.of(3, 1, change.type(), change.to());
    }

    @Override
    public Position visit(RenameConstraint change) {
        return Position.of(3, renamedAway.contains(ObjectKey.table(change.table())) ? 2 : 6, change.table(),
                change.to());
    }

    @Override
    public Position visit(RenameIndex change) {
        return Position.of(3, renamedAway.contains(ObjectKey.table(change.table())) ? 3 : 7, change.table(),
                change.to());
    }

    /** With the foreign keys, after what it validates is added. */
    @Override
    public Position visit(ValidateConstraint change) {
        return Position.of(11, 1, change.table(), change.name());
    }

    @Override
    public Position visit(InvalidateConstraint change) {
        return Position.of(11, 2, change.table(), change.name());
    }

    @Override
    public Position visit(AlterForeignKeyDeferrability change) {
        return Position.of(11, 3, change.table(), change.foreignKey().name());
    }

    /** After the column changes, before keys and indexes are built on the rewritten table. */
    @Override
    public Position visit(SetTablePersistence change) {
        return Position.of(9, 1, change.table(), "");
    }

    /** Before drops when it stops using an index, after keys and indexes are built when it starts. */
    @Override
    public Position visit(SetReplicaIdentity change) {
        return change.to().index() == null && change.from().index() != null
                ? Position.of(1, 1, change.table(), "")
                : Position.of(11, 4, change.table(), "");
    }

    /** After the enum types, before the tables whose defaults may read it. */
    @Override
    public Position visit(CreateSequence change) {
        return Position.of(4, 2, change.sequence().name(), "");
    }

    /** After the tables, before the extensions and schemas, which go last. */
    @Override
    public Position visit(DropSequence change) {
        return Position.of(13, 1, change.sequence().name(), "");
    }

    @Override
    public Position visit(AlterSequence change) {
        return Position.of(4, 3, change.to().name(), "");
    }

    /** An owner taken away goes early, with the drops of dependents; one given goes after the tables and columns. */
    @Override
    public Position visit(SetSequenceOwner change) {
        return change.to() == null ? Position.of(1, 2, change.sequence(), "")
                : Position.of(11, 5, change.sequence(), "");
    }

    @Override
    public Position visit(RenameTable change) {
        return Position.of(3, 4, change.to(), "");
    }

    @Override
    public Position visit(RenameColumn change) {
        return Position.of(3, 5, change.table(), change.to());
    }

    /** A generated column, or one added back, is dropped with the renames; any other with the column drops. */
    @Override
    public Position visit(DropColumn change) {
        String column = change.column().name();
        if (change.column().generatedExpression() != null
                || recreated.contains(ObjectKey.column(change.table(), column))) {
            return Position.of(3, 8, change.table(), column);
        }
        return Position.of(9, 0, change.table(), column);
    }

    @Override
    public Position visit(CreateEnum change) {
        return Position.of(4, 0, change.type().name(), "");
    }

    /** Labels added to one type go left to right. */
    @Override
    public Position visit(AddEnumValue change) {
        QualifiedName type = change.to().name();
        return new Position(4, 1, type.schema(), type.name(), "", change.to().values().indexOf(change.value()));
    }

    @Override
    public Position visit(RecreateEnum change) {
        return Position.of(5, 0, change.to().name(), "");
    }

    @Override
    public Position visit(CreateTable change) {
        return Position.of(6, 0, change.table().name(), "");
    }

    /** Plain columns first; filled ones with the column changes; generated ones last (they read the others). */
    @Override
    public Position visit(AddColumn change) {
        String column = change.column().name();
        if (change.fill() != null) {
            return Position.of(8, 1, change.table(), column);
        }
        if (change.column().generatedExpression() != null) {
            return Position.of(8, 3, change.table(), column);
        }
        return Position.of(7, 1, change.table(), column);
    }

    @Override
    public Position visit(AlterColumn change) {
        return Position.of(8, change.fill() != null ? 1 : 0, change.table(), change.to().name());
    }

    @Override
    public Position visit(AddPrimaryKey change) {
        return Position.of(10, 0, change.table(), change.primaryKey().name());
    }

    @Override
    public Position visit(AddUnique change) {
        return Position.of(10, 1, change.table(), change.unique().name());
    }

    @Override
    public Position visit(AddCheck change) {
        return Position.of(10, 2, change.table(), change.check().name());
    }

    @Override
    public Position visit(CreateIndex change) {
        return Position.of(10, 3, change.table(), change.index().name());
    }

    @Override
    public Position visit(AddExclusion change) {
        return Position.of(10, 4, change.table(), change.exclusion().name());
    }

    @Override
    public Position visit(AddForeignKey change) {
        return Position.of(11, 0, change.table(), change.foreignKey().name());
    }

    @Override
    public Position visit(DropTable change) {
        return Position.of(12, 0, change.table().name(), "");
    }

    @Override
    public Position visit(DropEnum change) {
        return Position.of(13, 0, change.type().name(), "");
    }

    @Override
    public Position visit(DropExtension change) {
        return new Position(13, 2, "", change.extension().name(), "", 0);
    }

    @Override
    public Position visit(DropSchema change) {
        return new Position(13, 3, change.name(), "", "", 0);
    }

    @Override
    public Position visit(SetEnumComment change) {
        return Position.of(14, 0, change.type(), "");
    }

    @Override
    public Position visit(SetTableComment change) {
        return Position.of(14, 1, change.table(), "");
    }

    /** After its table's comment, whose object name is empty. */
    @Override
    public Position visit(SetColumnComment change) {
        return Position.of(14, 1, change.table(), change.column());
    }
}
