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
import dev.shale.model.Column;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The risks of performing a change on a populated database that the running application uses, one plain
 * sentence each, with their {@link HazardCode}s. Lock hazards describe the SQL as written: {@code online} says
 * whether changes on existing tables are written in their online forms (concurrent index builds in
 * non-transactional steps, constraints validated in a later transaction, NOT NULL through a validated check) or as
 * plain DDL. Changes on tables created in the same migration carry none; kinds not named here (creates, comments,
 * enum values added, drops of constraints, enums and schemas, renames of indexes and constraints) carry none either.
 */
final class HazardRules {

    private static final ChangeVisitor<List<Hazard>> PLAIN = new Rules(false);

    private static final ChangeVisitor<List<Hazard>> ONLINE = new Rules(true);

    private HazardRules() {
    }

    /** The hazards of {@code change}, data loss first. */
    static List<Hazard> of(Change change, boolean online) {
        return change.accept(online ? ONLINE : PLAIN);
    }

    /**
     * The hazard of a change written in a non-transactional step: {@code what} ({@code "Creating index i
     * CONCURRENTLY"}) runs outside a transaction.
     */
    static Hazard nonTransactional(Change change, String object, String what) {
        return new Hazard(HazardCode.NON_TRANSACTIONAL_STEP, object, change, what
                + " runs in a non-transactional step: a failure leaves it half-done, and the next migrate resumes it.");
    }

    /** The irreversible-down hazard that goes with the data-loss hazard {@code loss} of an up migration. */
    static Hazard irreversibleDown(Hazard loss) {
        String lost = loss.losses().isEmpty() ? loss.object()
                : loss.losses().stream().map(DataLoss::describe).collect(Collectors.joining(", "));
        return new Hazard(HazardCode.IRREVERSIBLE_DOWN, loss.object(), loss.change(),
                "The down migration cannot restore " + lost + ": rolling back brings the schema back, not the data.");
    }

    private static void addColumn(AddColumn change, List<Hazard> hazards) {
        String object = HazardObject.member(change.table(), change.column().name());
        rewriteReason(change).ifPresent(reason -> hazards.add(new Hazard(HazardCode.VOLATILE_DEFAULT, object, change,
                "Adding column " + column(change.table(), change.column().name()) + " " + reason
                        + " rewrites table " + change.table() + " under an exclusive lock.")));
        FillHazards.addColumn(change, hazards);
        if (insertsMissIt(change.column())) {
            hazards.add(new Hazard(HazardCode.NOT_NULL_WITHOUT_DEFAULT, object, change, "The release still running"
                    + " inserts rows into " + change.table() + " without column " + change.column().name()
                    + ", which is NOT NULL without a default: those inserts fail."));
        }
    }

    /** Why adding {@code column} rewrites the table ({@code "with volatile default random()"}), if it does. */
    private static Optional<String> rewriteReason(AddColumn change) {
        Column column = change.column();
        if (column.identity() != null) {
            return Optional.of("as an identity");
        }
        if (column.generatedExpression() != null) {
            return Optional.of("as a stored generated column");
        }
        if (column.defaultExpression() != null) {
            return VolatileDefaults.volatileCall(column.defaultExpression())
                    .map(call -> "with volatile default " + column.defaultExpression());
        }
        return Optional.empty();
    }

    private static void alterColumn(AlterColumn change, boolean online, List<Hazard> hazards) {
        String name = column(change.table(), change.to().name());
        String object = HazardObject.member(change.table(), change.to().name());
        if (change.aspects().contains(ColumnAspect.TYPE)) {
            String types = " from " + change.from().type().sql() + " to " + change.to().type().sql();
            if (TypeChanges.narrows(change.from().type(), change.to().type())) {
                hazards.add(new Hazard(HazardCode.NARROWING_TYPE, object, change,
                        "Changing column " + name + types + " may cut, round or reject existing values.",
                        List.of(DataLoss.column(change.table(), change.from().name()))));
            }
            if (TypeChanges.rewrites(change.from().type(), change.to().type())) {
                hazards.add(new Hazard(HazardCode.TYPE_CHANGE_REWRITE, object, change,
                        "Changing column " + name + types + " rewrites table " + change.table()
                                + " under an exclusive lock."));
            }
        }
        if (change.aspects().contains(ColumnAspect.COLLATION)) {
            hazards.add(new Hazard(HazardCode.COLLATION_CHANGE, object, change,
                    "Changing the collation of column " + name + " from " + collationName(change.from()) + " to "
                            + collationName(change.to()) + " rebuilds its indexes under an exclusive lock on "
                            + change.table() + "."));
        }
        if (change.aspects().contains(ColumnAspect.NULLABILITY) && !change.to().nullable()) {
            if (!online) {
                hazards.add(new Hazard(HazardCode.SET_NOT_NULL_SCAN, object, change,
                        "Setting column " + name + " NOT NULL scans " + change.table() + " under an exclusive lock."));
            }
            FillHazards.alterColumn(change, hazards);
            if (insertsMissIt(change.to())) {
                hazards.add(new Hazard(HazardCode.NOT_NULL_WITHOUT_DEFAULT, object, change, "The release still"
                        + " running may insert rows into " + change.table() + " leaving column "
                        + change.to().name() + " NULL; now NOT NULL without a default, those inserts fail."));
            }
        }
    }

    /** {@code "C"}, or {@code the type's default}. */
    private static String collationName(Column column) {
        return column.collation() == null ? "the type's default" : column.collation();
    }

    /** Whether an insert that does not name NOT NULL {@code column} fails: nothing gives it a value. */
    private static boolean insertsMissIt(Column column) {
        return !column.nullable() && !column.fillsRows();
    }

    private static void recreateEnum(RecreateEnum change, List<Hazard> hazards) {
        List<String> removed = new ArrayList<>(change.from().values());
        removed.removeAll(change.to().values());
        if (!removed.isEmpty()) {
            hazards.add(new Hazard(HazardCode.DROP_ENUM_VALUE, HazardObject.of(change.from().name()), change,
                    "Recreating enum " + change.to().name() + " removes " + (removed.size() == 1 ? "value " : "values ")
                            + String.join(", ", removed) + "; rows still holding "
                            + (removed.size() == 1 ? "it" : "them") + " make the migration fail.",
                    removed.stream().map(v -> DataLoss.enumValue(change.from().name(), v)).toList()));
        }
        Set<QualifiedName> tables = new LinkedHashSet<>();
        for (EnumUsage usage : change.usages()) {
            tables.add(usage.table());
        }
        for (QualifiedName table : tables) {
            hazards.add(new Hazard(HazardCode.ENUM_RECREATE_REWRITE, HazardObject.of(table), change,
                    "Converting " + table + " to the recreated enum " + change.to().name()
                            + " rewrites the table under an exclusive lock."));
        }
    }

    private static String column(QualifiedName table, String column) {
        return table + "." + column;
    }

    /** The hazards of each kind of change, its lock hazards as written plain or online. */
    private static final class Rules implements ChangeVisitor<List<Hazard>> {

        private final boolean online;

        Rules(boolean online) {
            this.online = online;
        }

        @Override
        public List<Hazard> visit(CreateSchema c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(DropSchema c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(CreateExtension c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(DropExtension c) {
            String name = c.extension().name();
            return List.of(new Hazard(HazardCode.DROP_EXTENSION, Identifiers.quote(name), c, "Dropping extension "
                    + name + " removes its functions, types and operators (code that uses them fails) and the rows"
                    + " of its configuration tables."));
        }

        @Override
        public List<Hazard> visit(UpdateExtension c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(CreateEnum c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(DropEnum c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(RenameEnum c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(AddEnumValue c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(RenameEnumValue c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(RecreateEnum c) {
            List<Hazard> hazards = new ArrayList<>();
            recreateEnum(c, hazards);
            return hazards;
        }

        @Override
        public List<Hazard> visit(SetEnumComment c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(CreateTable c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(DropTable c) {
            List<Hazard> hazards = new ArrayList<>();
            QualifiedName table = c.table().name();
            hazards.add(new Hazard(HazardCode.DROP_TABLE, HazardObject.of(table), c,
                    "Dropping table " + table + " deletes all of its rows.", List.of(DataLoss.table(table))));
            hazards.add(new Hazard(HazardCode.BACKWARD_INCOMPATIBLE_DROP, HazardObject.of(table), c,
                    "The release still running fails where it reads table " + table + ", dropped here."));
            return hazards;
        }

        @Override
        public List<Hazard> visit(RenameTable c) {
            List<Hazard> hazards = new ArrayList<>();
            hazards.add(new Hazard(HazardCode.BACKWARD_INCOMPATIBLE_RENAME, HazardObject.of(c.from()), c,
                    "The release still running fails where it uses table " + c.from() + ", renamed to " + c.to()
                            + " here."));
            return hazards;
        }

        @Override
        public List<Hazard> visit(SetTableComment c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(AddColumn c) {
            List<Hazard> hazards = new ArrayList<>();
            addColumn(c, hazards);
            return hazards;
        }

        @Override
        public List<Hazard> visit(DropColumn c) {
            List<Hazard> hazards = new ArrayList<>();
            String object = HazardObject.member(c.table(), c.column().name());
            String name = column(c.table(), c.column().name());
            if (c.column().generatedExpression() == null) {
                hazards.add(new Hazard(HazardCode.DROP_COLUMN, object, c,
                        "Dropping column " + name + " deletes its values.",
                        List.of(DataLoss.column(c.table(), c.column().name()))));
            }
            hazards.add(new Hazard(HazardCode.BACKWARD_INCOMPATIBLE_DROP, object, c,
                    "The release still running fails where it reads or writes column " + name + ", dropped here."));
            return hazards;
        }

        @Override
        public List<Hazard> visit(RenameColumn c) {
            List<Hazard> hazards = new ArrayList<>();
            hazards.add(new Hazard(HazardCode.BACKWARD_INCOMPATIBLE_RENAME, HazardObject.member(c.table(), c.from()),
                    c, "The release still running fails where it uses column " + column(c.table(), c.from())
                            + ", renamed to " + c.to() + " here."));
            return hazards;
        }

        @Override
        public List<Hazard> visit(AlterColumn c) {
            List<Hazard> hazards = new ArrayList<>();
            alterColumn(c, online, hazards);
            return hazards;
        }

        @Override
        public List<Hazard> visit(SetColumnComment c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(AddPrimaryKey c) {
            List<Hazard> hazards = new ArrayList<>();
            String object = HazardObject.member(c.table(), c.primaryKey().name());
            hazards.add(online ? nonTransactional(c, object, "Building the unique index of primary key "
                            + c.primaryKey().name() + " CONCURRENTLY")
                    : new Hazard(HazardCode.UNIQUE_UNDER_LOCK, object, c, "Adding primary key "
                            + c.primaryKey().name() + " scans " + c.table()
                            + " and builds its index under an exclusive lock."));
            return hazards;
        }

        @Override
        public List<Hazard> visit(DropPrimaryKey c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(AddUnique c) {
            List<Hazard> hazards = new ArrayList<>();
            String object = HazardObject.member(c.table(), c.unique().name());
            hazards.add(online ? nonTransactional(c, object, "Building the unique index of constraint "
                            + c.unique().name() + " CONCURRENTLY")
                    : new Hazard(HazardCode.UNIQUE_UNDER_LOCK, object, c, "Adding unique constraint "
                            + c.unique().name() + " builds its index on " + c.table() + " under an exclusive lock."));
            return hazards;
        }

        @Override
        public List<Hazard> visit(DropUnique c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(AddCheck c) {
            List<Hazard> hazards = new ArrayList<>();
            if (!online && !c.check().notValid()) {
                hazards.add(new Hazard(HazardCode.VALIDATE_IN_SAME_TRANSACTION,
                        HazardObject.member(c.table(), c.check().name()), c, "Validating check "
                                + c.check().name() + " scans " + c.table()
                                + " while the migration's transaction holds the lock that adding it took."));
            }
            return hazards;
        }

        @Override
        public List<Hazard> visit(DropCheck c) {
            return List.of();
        }

        /** No online form: PostgreSQL builds an exclusion constraint's index only inside ADD CONSTRAINT. */
        @Override
        public List<Hazard> visit(AddExclusion c) {
            return List.of(new Hazard(HazardCode.EXCLUSION_UNDER_LOCK, HazardObject.member(c.table(),
                    c.exclusion().name()), c, "Adding exclusion constraint " + c.exclusion().name() + " scans "
                    + c.table() + " and builds its index under an ACCESS EXCLUSIVE lock."));
        }

        @Override
        public List<Hazard> visit(DropExclusion c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(AddForeignKey c) {
            List<Hazard> hazards = new ArrayList<>();
            if (!c.newTable() && !online && !c.foreignKey().notValid()) {
                hazards.add(new Hazard(HazardCode.VALIDATE_IN_SAME_TRANSACTION,
                        HazardObject.member(c.table(), c.foreignKey().name()), c, "Validating foreign key "
                                + c.foreignKey().name() + " scans " + c.table() + " against "
                                + c.foreignKey().referencedTable()
                                + " while the migration's transaction holds the locks that adding it took on both."));
            }
            return hazards;
        }

        @Override
        public List<Hazard> visit(DropForeignKey c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(RenameConstraint c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(CreateIndex c) {
            List<Hazard> hazards = new ArrayList<>();
            String object = HazardObject.index(c.table(), c.index().name());
            hazards.add(online ? nonTransactional(c, object, "Creating index " + c.index().name()
                            + " CONCURRENTLY")
                    : new Hazard(HazardCode.INDEX_NOT_CONCURRENT, object, c, "Creating index "
                            + c.index().name() + " blocks writes to " + c.table() + " while it builds."));
            return hazards;
        }

        @Override
        public List<Hazard> visit(DropIndex c) {
            List<Hazard> hazards = new ArrayList<>();
            String object = HazardObject.index(c.table(), c.index().name());
            hazards.add(online ? nonTransactional(c, object, "Dropping index " + c.index().name()
                            + " CONCURRENTLY")
                    : new Hazard(HazardCode.DROP_INDEX_NOT_CONCURRENT, object, c, "Dropping index "
                            + c.index().name() + " takes an ACCESS EXCLUSIVE lock on " + c.table()
                            + ", queueing its queries behind any transaction using it."));
            return hazards;
        }

        @Override
        public List<Hazard> visit(RenameIndex c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(ValidateConstraint c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(InvalidateConstraint c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(AlterForeignKeyDeferrability c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(SetTablePersistence c) {
            return List.of(new Hazard(HazardCode.PERSISTENCE_REWRITE, HazardObject.of(c.table()), c,
                    (c.unlogged() ? "SET UNLOGGED" : "SET LOGGED") + " rewrites " + c.table()
                            + " under an ACCESS EXCLUSIVE lock, blocking reads and writes until it commits."));
        }

        @Override
        public List<Hazard> visit(SetReplicaIdentity c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(CreateSequence c) {
            return List.of();
        }

        @Override
        public List<Hazard> visit(DropSequence c) {
            QualifiedName name = c.sequence().name();
            return List.of(new Hazard(HazardCode.DROP_SEQUENCE, HazardObject.of(name), c, "Dropping sequence " + name
                    + " loses its current value: created again, it hands out numbers it gave before.",
                    List.of(DataLoss.sequence(name))));
        }

        @Override
        public List<Hazard> visit(AlterSequence c) {
            return SequenceHazards.range(c);
        }

        @Override
        public List<Hazard> visit(SetSequenceOwner c) {
            return List.of();
        }
    }
}
