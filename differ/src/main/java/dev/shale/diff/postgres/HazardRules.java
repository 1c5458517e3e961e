package dev.shale.diff.postgres;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The risks of performing a change on a populated database, one plain sentence each. Changes on
 * tables created in the same migration carry none; kinds not named here (creates, renames,
 * comments, drops of constraints, indexes, enums and schemas) carry none either.
 */
final class HazardRules {

    private HazardRules() {
    }

    /** The hazards of {@code change}, data loss first. */
    static List<Hazard> of(Change change) {
        List<Hazard> hazards = new ArrayList<>();
        if (change instanceof DropTable c) {
            hazards.add(new Hazard(HazardKind.DATA_LOSS, change,
                    "Dropping table " + c.table().name() + " deletes all of its rows.",
                    List.of(DataLoss.table(c.table().name()))));
        } else if (change instanceof DropColumn c) {
            if (c.column().generatedExpression() == null) {
                hazards.add(new Hazard(HazardKind.DATA_LOSS, change,
                        "Dropping column " + column(c.table(), c.column().name()) + " deletes its values.",
                        List.of(DataLoss.column(c.table(), c.column().name()))));
            }
        } else if (change instanceof AddColumn c) {
            addColumn(c).ifPresent(reason -> hazards.add(new Hazard(HazardKind.TABLE_REWRITE, change,
                    "Adding column " + column(c.table(), c.column().name()) + " " + reason + " rewrites table "
                            + c.table() + " under an exclusive lock.")));
            FillHazards.addColumn(c, hazards);
        } else if (change instanceof AlterColumn c) {
            alterColumn(c, hazards);
        } else if (change instanceof RecreateEnum c) {
            recreateEnum(c, hazards);
        } else if (change instanceof CreateIndex c) {
            hazards.add(new Hazard(HazardKind.LONG_LOCK, change,
                    "Creating index " + c.index().name() + " blocks writes to " + c.table()
                            + " while it builds; for a large table, create it CONCURRENTLY in a migration"
                            + " of its own (shale create)."));
        } else if (change instanceof AddPrimaryKey c) {
            hazards.add(new Hazard(HazardKind.LONG_LOCK, change,
                    "Adding primary key " + c.primaryKey().name() + " scans " + c.table()
                            + " and builds its index under an exclusive lock."));
        } else if (change instanceof AddUnique c) {
            hazards.add(new Hazard(HazardKind.LONG_LOCK, change,
                    "Adding unique constraint " + c.unique().name() + " builds its index on " + c.table()
                            + " under an exclusive lock."));
        } else if (change instanceof AddCheck c) {
            hazards.add(new Hazard(HazardKind.LONG_LOCK, change,
                    "Validating check " + c.check().name() + " scans " + c.table()
                            + " while the migration's transaction holds its lock."));
        } else if (change instanceof AddForeignKey c) {
            if (!c.newTable()) {
                hazards.add(new Hazard(HazardKind.LONG_LOCK, change,
                        "Validating foreign key " + c.foreignKey().name() + " scans " + c.table() + " against "
                                + c.foreignKey().referencedTable()
                                + " while the migration's transaction holds locks on both."));
            }
        }
        return hazards;
    }

    /** Why adding {@code column} rewrites the table ({@code "with volatile default random()"}), if it does. */
    private static Optional<String> addColumn(AddColumn change) {
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

    private static void alterColumn(AlterColumn change, List<Hazard> hazards) {
        String name = column(change.table(), change.to().name());
        if (change.aspects().contains(ColumnAspect.TYPE)) {
            String types = " from " + change.from().type().sql() + " to " + change.to().type().sql();
            if (TypeChanges.narrows(change.from().type(), change.to().type())) {
                hazards.add(new Hazard(HazardKind.DATA_LOSS, change,
                        "Changing column " + name + types + " may cut, round or reject existing values.",
                        List.of(DataLoss.column(change.table(), change.from().name()))));
            }
            if (TypeChanges.rewrites(change.from().type(), change.to().type())) {
                hazards.add(new Hazard(HazardKind.TABLE_REWRITE, change,
                        "Changing column " + name + types + " rewrites table " + change.table()
                                + " under an exclusive lock."));
            }
        }
        if (change.aspects().contains(ColumnAspect.NULLABILITY) && !change.to().nullable()) {
            hazards.add(new Hazard(HazardKind.LONG_LOCK, change,
                    "Setting column " + name + " NOT NULL scans " + change.table() + " under an exclusive lock."));
            FillHazards.alterColumn(change, hazards);
        }
    }

    private static void recreateEnum(RecreateEnum change, List<Hazard> hazards) {
        List<String> removed = new ArrayList<>(change.from().values());
        removed.removeAll(change.to().values());
        if (!removed.isEmpty()) {
            hazards.add(new Hazard(HazardKind.DATA_LOSS, change,
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
            hazards.add(new Hazard(HazardKind.TABLE_REWRITE, change,
                    "Converting " + table + " to the recreated enum " + change.to().name()
                            + " rewrites the table under an exclusive lock."));
        }
    }

    private static String column(QualifiedName table, String column) {
        return table + "." + column;
    }
}
