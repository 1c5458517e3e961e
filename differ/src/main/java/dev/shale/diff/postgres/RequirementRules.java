package dev.shale.diff.postgres;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
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
import dev.shale.model.Column;
import dev.shale.model.Identifiers;
import dev.shale.model.IndexKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link DataRequirement}s of a change: what the existing rows must satisfy for it to succeed, named as when the
 * change runs. One rule per permitted {@link Change}, checked complete when the class loads, so a new change kind
 * cannot be left without one. Changes that cannot fail on rows (creates of new objects, drops, renames, comments,
 * enum value additions) require nothing.
 */
final class RequirementRules {

    private static final Function<Change, List<DataRequirement>> NONE = change -> List.of();

    private static final Map<Class<? extends Change>, Function<Change, List<DataRequirement>>> RULES = Map.ofEntries(
            Map.entry(CreateSchema.class, NONE), Map.entry(DropSchema.class, NONE),
            Map.entry(CreateEnum.class, NONE), Map.entry(DropEnum.class, NONE), Map.entry(RenameEnum.class, NONE),
            Map.entry(AddEnumValue.class, NONE), Map.entry(RenameEnumValue.class, NONE),
            Map.entry(RecreateEnum.class, c -> recreateEnum((RecreateEnum) c)),
            Map.entry(SetEnumComment.class, NONE),
            Map.entry(CreateTable.class, NONE), Map.entry(DropTable.class, NONE), Map.entry(RenameTable.class, NONE),
            Map.entry(SetTableComment.class, NONE),
            Map.entry(AddColumn.class, c -> addColumn((AddColumn) c)),
            Map.entry(DropColumn.class, NONE), Map.entry(RenameColumn.class, NONE),
            Map.entry(AlterColumn.class, c -> alterColumn((AlterColumn) c)),
            Map.entry(SetColumnComment.class, NONE),
            Map.entry(AddPrimaryKey.class, c -> addPrimaryKey((AddPrimaryKey) c)),
            Map.entry(DropPrimaryKey.class, NONE),
            Map.entry(AddUnique.class, c -> addUnique((AddUnique) c)), Map.entry(DropUnique.class, NONE),
            Map.entry(AddCheck.class, c -> addCheck((AddCheck) c)), Map.entry(DropCheck.class, NONE),
            Map.entry(AddForeignKey.class, c -> addForeignKey((AddForeignKey) c)),
            Map.entry(DropForeignKey.class, NONE), Map.entry(RenameConstraint.class, NONE),
            Map.entry(CreateIndex.class, c -> createIndex((CreateIndex) c)), Map.entry(DropIndex.class, NONE),
            Map.entry(RenameIndex.class, NONE));

    static {
        Set<Class<?>> missing = new HashSet<>(Arrays.asList(Change.class.getPermittedSubclasses()));
        missing.removeAll(RULES.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no data requirement rule for " + missing);
        }
    }

    private RequirementRules() {
    }

    /** What the rows must satisfy for {@code change} to succeed. */
    static List<DataRequirement> of(Change change) {
        return RULES.get(change.getClass()).apply(change);
    }

    /**
     * A NOT NULL column that nothing fills (no default, identity or generation, no declared fill, nor a down's refill
     * with the zero of its type) fails on any row; a generated column fails on a row its expression raises an error
     * on, and a generated NOT NULL column on a row its expression gives NULL for.
     */
    private static List<DataRequirement> addColumn(AddColumn change) {
        Column column = change.column();
        if (column.generatedExpression() != null) {
            DataRequirement computes = new DataRequirement.Computes(change.table(), column.name(),
                    column.generatedExpression());
            return column.nullable() ? List.of(computes) : List.of(computes, new DataRequirement.Check(change.table(),
                    column.name() + " NOT NULL", "(" + column.generatedExpression() + ") IS NOT NULL"));
        }
        return change.givesRowsNoValue() ? List.of(new DataRequirement.Empty(change.table(), column.name()))
                : List.of();
    }

    private static List<DataRequirement> alterColumn(AlterColumn change) {
        List<DataRequirement> out = new ArrayList<>();
        if (change.aspects().contains(ColumnAspect.TYPE) && TypeChanges.narrows(change.from().type(),
                change.to().type())) {
            out.add(new DataRequirement.Cast(change.table(), change.from().name(), change.from().type().sql(),
                    change.to().type().sql()));
        }
        if (change.aspects().contains(ColumnAspect.NULLABILITY) && !change.to().nullable() && !change.fillsNulls()) {
            out.add(new DataRequirement.NoNulls(change.table(), change.from().name()));
        }
        return out;
    }

    private static List<DataRequirement> addPrimaryKey(AddPrimaryKey change) {
        return List.of(new DataRequirement.Unique(change.table(), change.primaryKey().name(),
                quoted(change.primaryKey().columns()), null));
    }

    private static List<DataRequirement> addUnique(AddUnique change) {
        return List.of(new DataRequirement.Unique(change.table(), change.unique().name(),
                quoted(change.unique().columns()), null));
    }

    private static List<DataRequirement> createIndex(CreateIndex change) {
        if (!change.index().unique()) {
            return List.of();
        }
        return List.of(new DataRequirement.Unique(change.table(), change.index().name(),
                change.index().keys().stream().map(IndexKey::sql).toList(), change.index().where()));
    }

    private static List<DataRequirement> addCheck(AddCheck change) {
        return List.of(new DataRequirement.Check(change.table(), change.check().name(), change.check().expression()));
    }

    /** A foreign key added to a table created in the same migration has no rows to check. */
    private static List<DataRequirement> addForeignKey(AddForeignKey change) {
        if (change.newTable()) {
            return List.of();
        }
        return List.of(new DataRequirement.References(change.table(), change.foreignKey().name(),
                change.foreignKey().columns(), change.foreignKey().referencedTable(),
                change.foreignKey().referencedColumns()));
    }

    /** The swap converts each value through text to the new type, which fails on a removed label. */
    private static List<DataRequirement> recreateEnum(RecreateEnum change) {
        List<String> removed = new ArrayList<>(change.from().values());
        removed.removeAll(change.to().values());
        return removed.stream().map(v -> (DataRequirement) new DataRequirement.EnumUnused(change.from().name(), v))
                .toList();
    }

    private static List<String> quoted(List<String> columns) {
        return columns.stream().map(Identifiers::quote).toList();
    }
}
