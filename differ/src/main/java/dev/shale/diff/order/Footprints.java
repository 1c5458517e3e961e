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
import dev.shale.diff.change.EnumUsage;
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
import dev.shale.diff.order.Footprint.Side;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.Table;
import dev.shale.sql.SequenceCalls;
import java.util.List;

/**
 * The {@link Footprint} of each kind of change: which objects it creates, drops, alters, needs and reads.
 * Objects are named as the change names them, so a rename drops the old name and creates the new one.
 */
public final class Footprints implements ChangeVisitor<Footprint> {

    /** The one instance: footprints depend on the change alone. */
    public static final Footprints INSTANCE = new Footprints();

    private Footprints() {
    }

    @Override
    public Footprint visit(CreateSchema change) {
        return new Footprint.Builder(Side.NEW).creates(ObjectKey.schema(change.name())).build();
    }

    @Override
    public Footprint visit(DropSchema change) {
        return new Footprint.Builder(Side.OLD).drops(ObjectKey.schema(change.name())).build();
    }

    /** Creates the extension in its schema; its objects come before anything that may use them. */
    @Override
    public Footprint visit(CreateExtension change) {
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.schema(change.extension().schema()))
                .creates(ObjectKey.extension(change.extension().name()))
                .creates(ObjectKey.createdExtensionObjects()).build();
    }

    /** Drops the extension after everything that may have used its objects, before its schema goes. */
    @Override
    public Footprint visit(DropExtension change) {
        return new Footprint.Builder(Side.OLD).needs(ObjectKey.schema(change.extension().schema()))
                .drops(ObjectKey.extension(change.extension().name()))
                .drops(ObjectKey.droppedExtensionObjects()).build();
    }

    /** An update may add objects that new columns use: it goes with the creations. */
    @Override
    public Footprint visit(UpdateExtension change) {
        return new Footprint.Builder(Side.NEW).alters(ObjectKey.extension(change.name()))
                .creates(ObjectKey.createdExtensionObjects()).build();
    }

    @Override
    public Footprint visit(CreateEnum change) {
        QualifiedName type = change.type().name();
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.schema(type.schema()))
                .creates(ObjectKey.enumType(type)).build();
    }

    @Override
    public Footprint visit(DropEnum change) {
        QualifiedName type = change.type().name();
        return new Footprint.Builder(Side.OLD).needs(ObjectKey.schema(type.schema()))
                .drops(ObjectKey.enumType(type)).build();
    }

    @Override
    public Footprint visit(RenameEnum change) {
        Footprint.Builder footprint = new Footprint.Builder(Side.NEW)
                .drops(ObjectKey.enumType(change.from())).creates(ObjectKey.enumType(change.to()));
        change.path().forEach(name -> footprint.needs(ObjectKey.schema(name.schema())));
        return footprint.build();
    }

    /** Alters the type and places the label next to its neighbour, which must exist by then. */
    @Override
    public Footprint visit(AddEnumValue change) {
        QualifiedName type = change.to().name();
        List<String> labels = change.to().values();
        int position = labels.indexOf(change.value());
        Footprint.Builder footprint = new Footprint.Builder(Side.NEW).alters(ObjectKey.enumType(type))
                .creates(ObjectKey.enumValue(type, change.value()));
        if (position > 0) {
            footprint.reads(ObjectKey.enumValue(type, labels.get(position - 1)));
        } else if (labels.size() > 1) {
            footprint.reads(ObjectKey.enumValue(type, labels.get(1)));
        }
        return footprint.build();
    }

    @Override
    public Footprint visit(RenameEnumValue change) {
        return new Footprint.Builder(Side.NEW).alters(ObjectKey.enumType(change.type()))
                .drops(ObjectKey.enumValue(change.type(), change.from()))
                .creates(ObjectKey.enumValue(change.type(), change.to())).build();
    }

    /** Alters the type and converts every column that uses it. */
    @Override
    public Footprint visit(RecreateEnum change) {
        Footprint.Builder footprint = new Footprint.Builder(Side.NEW).alters(ObjectKey.enumType(change.to().name()));
        for (EnumUsage usage : change.usages()) {
            footprint.needs(ObjectKey.table(usage.table()))
                    .alters(ObjectKey.column(usage.table(), usage.column().name()));
        }
        return footprint.build();
    }

    @Override
    public Footprint visit(SetEnumComment change) {
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.enumType(change.type())).build();
    }

    /** Creates the table with its columns, keys, checks and indexes; its foreign keys are changes of their own. */
    @Override
    public Footprint visit(CreateTable change) {
        return table(new Footprint.Builder(Side.NEW), change.table(), true).build();
    }

    @Override
    public Footprint visit(DropTable change) {
        return table(new Footprint.Builder(Side.OLD), change.table(), false).build();
    }

    @Override
    public Footprint visit(RenameTable change) {
        Footprint.Builder footprint = new Footprint.Builder(Side.NEW)
                .drops(ObjectKey.table(change.from())).creates(ObjectKey.table(change.to()));
        change.path().forEach(name -> footprint.needs(ObjectKey.schema(name.schema())));
        if (!change.from().schema().equals(change.to().schema())) {
            // SET SCHEMA moves the sequences the table owns along
            for (String sequence : change.ownedSequences()) {
                footprint.drops(ObjectKey.sequence(new QualifiedName(change.from().schema(), sequence)))
                        .creates(ObjectKey.sequence(new QualifiedName(change.to().schema(), sequence)));
            }
        }
        return footprint.build();
    }

    @Override
    public Footprint visit(SetTableComment change) {
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.table(change.table())).build();
    }

    @Override
    public Footprint visit(AddColumn change) {
        Column column = change.column();
        Footprint.Builder footprint = usesExtensions(new Footprint.Builder(Side.NEW)).needs(ObjectKey.table(change.table()))
                .creates(ObjectKey.column(change.table(), column.name()))
                .reads(ObjectKey.typeOf(column.type()))
                .expression(change.table(), column.generatedExpression())
                .expression(change.table(), change.fill());
        return sequencesOf(footprint, column).build();
    }

    /** Works on the table as it was: a generated column is dropped before the columns it reads change. */
    @Override
    public Footprint visit(DropColumn change) {
        Column column = change.column();
        Footprint.Builder footprint = usesExtensions(new Footprint.Builder(Side.OLD)).needs(ObjectKey.table(change.table()))
                .drops(ObjectKey.column(change.table(), column.name()))
                .needs(ObjectKey.typeOf(column.type()))
                .expression(change.table(), column.generatedExpression());
        return sequencesOf(footprint, column).build();
    }

    @Override
    public Footprint visit(RenameColumn change) {
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.table(change.table()))
                .drops(ObjectKey.column(change.table(), change.from()))
                .creates(ObjectKey.column(change.table(), change.to())).build();
    }

    /** Alters the column: what reads its old form goes before, what reads its new form after. */
    @Override
    public Footprint visit(AlterColumn change) {
        Footprint.Builder footprint = usesExtensions(new Footprint.Builder(Side.NEW))
                .needs(ObjectKey.table(change.table()))
                .alters(ObjectKey.column(change.table(), change.to().name()))
                .reads(ObjectKey.typeOf(change.to().type()))
                .expression(change.table(), change.fill());
        if (!change.from().type().equals(change.to().type())) {
            footprint.needs(ObjectKey.typeOf(change.from().type()));
        }
        sequencesOf(footprint, change.from());
        return sequencesOf(footprint, change.to()).build();
    }

    @Override
    public Footprint visit(SetColumnComment change) {
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.column(change.table(), change.column())).build();
    }

    @Override
    public Footprint visit(AddPrimaryKey change) {
        return key(new Footprint.Builder(Side.NEW), change.table(), change.primaryKey().name(),
                change.primaryKey().columns(), change.primaryKey().options().include(), true).build();
    }

    @Override
    public Footprint visit(DropPrimaryKey change) {
        return key(new Footprint.Builder(Side.OLD), change.table(), change.primaryKey().name(),
                change.primaryKey().columns(), change.primaryKey().options().include(), false).build();
    }

    @Override
    public Footprint visit(AddUnique change) {
        return key(new Footprint.Builder(Side.NEW), change.table(), change.unique().name(),
                change.unique().columns(), change.unique().options().include(), true).build();
    }

    @Override
    public Footprint visit(DropUnique change) {
        return key(new Footprint.Builder(Side.OLD), change.table(), change.unique().name(),
                change.unique().columns(), change.unique().options().include(), false).build();
    }

    @Override
    public Footprint visit(AddCheck change) {
        return check(new Footprint.Builder(Side.NEW), change.table(), change.check(), true).build();
    }

    @Override
    public Footprint visit(DropCheck change) {
        return check(new Footprint.Builder(Side.OLD), change.table(), change.check(), false).build();
    }

    @Override
    public Footprint visit(AddExclusion change) {
        return exclusion(new Footprint.Builder(Side.NEW), change.table(), change.exclusion(), true).build();
    }

    @Override
    public Footprint visit(DropExclusion change) {
        return exclusion(new Footprint.Builder(Side.OLD), change.table(), change.exclusion(), false).build();
    }

    @Override
    public Footprint visit(AddForeignKey change) {
        return foreignKey(new Footprint.Builder(Side.NEW), change.table(), change.foreignKey(), true).build();
    }

    @Override
    public Footprint visit(DropForeignKey change) {
        return foreignKey(new Footprint.Builder(Side.OLD), change.table(), change.foreignKey(), false).build();
    }

    @Override
    public Footprint visit(RenameConstraint change) {
        // A primary key or unique constraint's name is its index's, a relation name of the schema (a check's or
        // foreign key's is the table's alone, so this orders those renames more than needed, never wrongly).
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.table(change.table()))
                .drops(ObjectKey.constraint(change.table(), change.from()))
                .drops(ObjectKey.relationName(change.table().schema(), change.from()))
                .creates(ObjectKey.constraint(change.table(), change.to()))
                .creates(ObjectKey.relationName(change.table().schema(), change.to())).build();
    }

    @Override
    public Footprint visit(CreateIndex change) {
        return index(new Footprint.Builder(Side.NEW), change.table(), change.index(), true).build();
    }

    @Override
    public Footprint visit(DropIndex change) {
        return index(new Footprint.Builder(Side.OLD), change.table(), change.index(), false).build();
    }

    @Override
    public Footprint visit(RenameIndex change) {
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.table(change.table()))
                .drops(ObjectKey.index(change.table(), change.from()))
                .drops(ObjectKey.relationName(change.table().schema(), change.from()))
                .creates(ObjectKey.index(change.table(), change.to()))
                .creates(ObjectKey.relationName(change.table().schema(), change.to())).build();
    }

    /** Validates the constraint as it becomes (it must exist by then): after its addition or rename. */
    @Override
    public Footprint visit(ValidateConstraint change) {
        Footprint.Builder footprint = new Footprint.Builder(Side.NEW).needs(ObjectKey.table(change.table()))
                .reads(ObjectKey.constraint(change.table(), change.name()));
        if (change.check() != null) {
            return footprint.expression(change.table(), change.check().expression()).build();
        }
        return footprint.needs(ObjectKey.table(change.foreignKey().referencedTable())).build();
    }

    /** Drops the constraint and adds it back: an alteration of it, reading what its definition reads. */
    @Override
    public Footprint visit(InvalidateConstraint change) {
        Footprint.Builder footprint = new Footprint.Builder(Side.NEW).needs(ObjectKey.table(change.table()))
                .alters(ObjectKey.constraint(change.table(), change.name()));
        if (change.check() != null) {
            return footprint.expression(change.table(), change.check().expression()).build();
        }
        ForeignKey fk = change.foreignKey();
        QualifiedName referenced = fk.referencedTable();
        footprint.needs(ObjectKey.table(referenced));
        fk.columns().forEach(c -> footprint.reads(ObjectKey.column(change.table(), c)));
        fk.referencedColumns().forEach(c -> footprint.reads(ObjectKey.column(referenced, c)));
        return logged(footprint.reads(ObjectKey.uniqueKey(referenced, fk.referencedColumns())), change.table(),
                referenced).build();
    }

    /** Reads the constraint as it becomes: after it is made NOT VALID, which adds it back as it was. */
    @Override
    public Footprint visit(AlterForeignKeyDeferrability change) {
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.table(change.table()))
                .reads(ObjectKey.constraint(change.table(), change.foreignKey().name())).build();
    }

    /**
     * Going unlogged ends the table's being logged, after the logged tables' foreign keys to it are gone (and before
     * the tables it refers to go unlogged: it uses them as they were); going logged starts it, after the tables it
     * refers to are logged.
     */
    @Override
    public Footprint visit(SetTablePersistence change) {
        Footprint.Builder footprint = new Footprint.Builder(change.unlogged() ? Side.OLD : Side.NEW)
                .needs(ObjectKey.table(change.table()));
        made(footprint, ObjectKey.logged(change.table()), !change.unlogged());
        change.references().stream().filter(t -> !t.equals(change.table()))
                .forEach(t -> footprint.needs(ObjectKey.logged(t)));
        return footprint.build();
    }

    /** Reads the index it comes to use as it becomes, and the one it stops using before that is dropped. */
    /**
     * Naming an index works on the schema after its index is built; resetting the identity away from an index
     * ({@code to} without one) works on the schema before: it runs before that index is dropped.
     */
    @Override
    public Footprint visit(SetReplicaIdentity change) {
        Side side = change.to().index() == null && change.from().index() != null ? Side.OLD : Side.NEW;
        Footprint.Builder footprint = new Footprint.Builder(side).needs(ObjectKey.table(change.table()));
        for (ReplicaIdentity identity : List.of(change.from(), change.to())) {
            if (identity.index() != null) {
                footprint.reads(ObjectKey.index(change.table(), identity.index()))
                        .reads(ObjectKey.constraint(change.table(), identity.index()));
            }
        }
        return footprint.build();
    }

    @Override
    public Footprint visit(CreateSequence change) {
        QualifiedName name = change.sequence().name();
        return new Footprint.Builder(Side.NEW).needs(ObjectKey.schema(name.schema()))
                .creates(ObjectKey.sequence(name)).build();
    }

    @Override
    public Footprint visit(DropSequence change) {
        QualifiedName name = change.sequence().name();
        return new Footprint.Builder(Side.OLD).needs(ObjectKey.schema(name.schema()))
                .drops(ObjectKey.sequence(name)).build();
    }

    @Override
    public Footprint visit(AlterSequence change) {
        return new Footprint.Builder(Side.NEW).alters(ObjectKey.sequence(change.to().name())).build();
    }

    /** Needs its old owner (it runs before that column is dropped, which would drop the sequence) and its new one. */
    @Override
    public Footprint visit(SetSequenceOwner change) {
        Footprint.Builder footprint = new Footprint.Builder(change.to() == null ? Side.OLD : Side.NEW)
                .needs(ObjectKey.sequence(change.sequence()));
        // the owner is named as in the new schema: a table renamed into place is renamed first (and in the down,
        // the owner given back before the table is renamed back)
        if (change.from() != null) {
            footprint.needs(ObjectKey.table(change.from().table()))
                    .needs(ObjectKey.column(change.from().table(), change.from().column()));
        }
        if (change.to() != null) {
            footprint.needs(ObjectKey.table(change.to().table()))
                    .needs(ObjectKey.column(change.to().table(), change.to().column()));
        }
        return footprint.build();
    }

    private static Footprint.Builder table(Footprint.Builder footprint, Table table, boolean create) {
        QualifiedName name = table.name();
        usesExtensions(footprint).needs(ObjectKey.schema(name.schema()));
        made(footprint, ObjectKey.table(name), create);
        if (!table.unlogged()) {
            made(footprint, ObjectKey.logged(name), create);
        }
        for (Column column : table.columns()) {
            made(footprint, ObjectKey.column(name, column.name()), create);
            if (create) {
                footprint.reads(ObjectKey.typeOf(column.type()));
            } else {
                footprint.needs(ObjectKey.typeOf(column.type()));
            }
            sequencesOf(footprint, column);
        }
        if (table.primaryKey() != null) {
            made(footprint, ObjectKey.constraint(name, table.primaryKey().name()), create);
            made(footprint, ObjectKey.uniqueKey(name, table.primaryKey().columns()), create);
        }
        table.uniques().forEach(u -> {
            made(footprint, ObjectKey.constraint(name, u.name()), create);
            made(footprint, ObjectKey.uniqueKey(name, u.columns()), create);
        });
        table.checks().forEach(c -> made(footprint, ObjectKey.constraint(name, c.name()), create));
        table.exclusions().forEach(x -> made(footprint, ObjectKey.constraint(name, x.name()), create));
        for (Index index : table.indexes()) {
            made(footprint, ObjectKey.index(name, index.name()), create);
            if (uniqueOnColumns(index)) {
                made(footprint, ObjectKey.uniqueKey(name, columns(index)), create);
            }
        }
        return footprint;
    }

    /**
     * The sequences a column's default takes values from ({@code nextval}): created before the column, dropped after
     * it or after its default is.
     */
    private static Footprint.Builder sequencesOf(Footprint.Builder footprint, Column column) {
        SequenceCalls.in(column.defaultExpression()).forEach(s -> footprint.needs(ObjectKey.sequence(s)));
        return footprint;
    }

    /** A key over {@code columns} whose index carries {@code include}: both are read. */
    private static Footprint.Builder key(Footprint.Builder footprint, QualifiedName table, String name,
                                         List<String> columns, List<String> include, boolean create) {
        usesExtensions(footprint).needs(ObjectKey.table(table));
        made(footprint, ObjectKey.constraint(table, name), create);
        made(footprint, ObjectKey.uniqueKey(table, columns), create);
        columns.forEach(c -> footprint.reads(ObjectKey.column(table, c)));
        include.forEach(c -> footprint.reads(ObjectKey.column(table, c)));
        return footprint;
    }

    private static Footprint.Builder check(Footprint.Builder footprint, QualifiedName table, CheckConstraint check,
                                           boolean create) {
        usesExtensions(footprint).needs(ObjectKey.table(table));
        made(footprint, ObjectKey.constraint(table, check.name()), create);
        return footprint.expression(table, check.expression());
    }

    private static Footprint.Builder foreignKey(Footprint.Builder footprint, QualifiedName table, ForeignKey fk,
                                                boolean create) {
        QualifiedName referenced = fk.referencedTable();
        usesExtensions(footprint).needs(ObjectKey.table(table)).needs(ObjectKey.table(referenced));
        made(footprint, ObjectKey.constraint(table, fk.name()), create);
        fk.columns().forEach(c -> footprint.reads(ObjectKey.column(table, c)));
        fk.referencedColumns().forEach(c -> footprint.reads(ObjectKey.column(referenced, c)));
        return logged(footprint.reads(ObjectKey.uniqueKey(referenced, fk.referencedColumns())), table, referenced);
    }

    /**
     * A foreign key to another table needs it logged while the referencing table is logged: added after it
     * becomes logged, dropped before it becomes unlogged (for a key of an unlogged table, an extra order only).
     */
    private static Footprint.Builder logged(Footprint.Builder footprint, QualifiedName table, QualifiedName referenced) {
        return referenced.equals(table) ? footprint : footprint.needs(ObjectKey.logged(referenced));
    }

    private static Footprint.Builder index(Footprint.Builder footprint, QualifiedName table, Index index,
                                           boolean create) {
        usesExtensions(footprint).needs(ObjectKey.table(table));
        made(footprint, ObjectKey.index(table, index.name()), create);
        if (uniqueOnColumns(index)) {
            made(footprint, ObjectKey.uniqueKey(table, columns(index)), create);
        }
        for (IndexKey key : index.keys()) {
            if (key.expression()) {
                footprint.expression(table, key.text());
            } else {
                footprint.reads(ObjectKey.column(table, key.text()));
            }
        }
        for (String column : index.include()) {
            footprint.reads(ObjectKey.column(table, column));
        }
        return footprint.expression(table, index.where());
    }

    /**
     * An exclusion constraint: a constraint with an index over its elements' columns and expressions, its INCLUDE
     * columns and predicate; its operators and operator classes may be an extension's ({@code btree_gist}).
     */
    private static Footprint.Builder exclusion(Footprint.Builder footprint, QualifiedName table,
                                               ExclusionConstraint exclusion, boolean create) {
        usesExtensions(footprint).needs(ObjectKey.table(table));
        made(footprint, ObjectKey.constraint(table, exclusion.name()), create);
        for (IndexKey key : exclusion.keys()) {
            if (key.expression()) {
                footprint.expression(table, key.text());
            } else {
                footprint.reads(ObjectKey.column(table, key.text()));
            }
        }
        for (String column : exclusion.include()) {
            footprint.reads(ObjectKey.column(table, column));
        }
        return footprint.expression(table, exclusion.where());
    }

    /**
     * Marks a change that may use an extension's objects (a column type, an operator class, a function in an
     * expression or default, the equality a key or foreign key compares with): after the extensions the migration
     * creates or updates, before those it drops.
     */
    private static Footprint.Builder usesExtensions(Footprint.Builder footprint) {
        return footprint.needs(ObjectKey.createdExtensionObjects()).needs(ObjectKey.droppedExtensionObjects());
    }

    /** A unique index over plain columns and without predicate: a foreign key can refer to it. */
    private static boolean uniqueOnColumns(Index index) {
        return index.unique() && index.where() == null && index.keys().stream().noneMatch(IndexKey::expression);
    }

    private static List<String> columns(Index index) {
        return index.keys().stream().map(IndexKey::text).toList();
    }

    private static void made(Footprint.Builder footprint, ObjectKey key, boolean create) {
        if (create) {
            footprint.creates(key);
        } else {
            footprint.drops(key);
        }
    }
}
