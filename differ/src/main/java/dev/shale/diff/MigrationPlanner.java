package dev.shale.diff;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ChangeKinds;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.HazardKind;
import dev.shale.diff.postgres.MigrationStep;
import dev.shale.diff.postgres.PostgresRenderer;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.diff.postgres.TypeChanges;
import dev.shale.diff.postgres.Unrestorable;
import dev.shale.model.Backfills;
import dev.shale.model.ColumnType;
import dev.shale.model.Conversions;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Diffs two models and renders the result, both directions, for PostgreSQL. */
public final class MigrationPlanner {

    private static final PostgresRenderer RENDERER = new PostgresRenderer();

    private MigrationPlanner() {
    }

    /**
     * The plan that turns {@code from} into {@code to}, and back: up renders each change in order;
     * down renders the reverse of each change, last change first, and names each NOT NULL column
     * without default it adds back (whose values it cannot restore).
     */
    public static MigrationPlan plan(SchemaModel from, SchemaModel to, RenameHints renames) {
        return render(Differ.diff(from, to, renames), from, to, DdlForm.PLAIN);
    }

    /** As {@link #plan(SchemaModel, SchemaModel, RenameHints)}, filling columns that become NOT NULL. */
    public static MigrationPlan plan(SchemaModel from, SchemaModel to, RenameHints renames, Backfills backfills) {
        return render(Differ.diff(from, to, renames, backfills), from, to, DdlForm.PLAIN);
    }

    /**
     * As {@link #plan(SchemaModel, SchemaModel, RenameHints, Backfills)}, written in {@code form}: with
     * {@link DdlForm#ONLINE}, changes on tables that exist before the migration (in the direction at hand) take
     * their online forms, and the statements are cut into steps accordingly ({@link StepPartition}).
     */
    public static MigrationPlan plan(SchemaModel from, SchemaModel to, RenameHints renames, Backfills backfills,
                                     DdlForm form) {
        return render(Differ.diff(from, to, renames, backfills), from, to, form);
    }

    /**
     * As {@link #plan(SchemaModel, SchemaModel, RenameHints, Backfills, DdlForm)}, a type change of a column with a
     * conversion declared in {@code conversions} converting with its {@code USING} expression (and back with its
     * down expression).
     */
    public static MigrationPlan plan(SchemaModel from, SchemaModel to, RenameHints renames, Backfills backfills,
                                     Conversions conversions, DdlForm form) {
        return render(Usings.attach(Differ.diff(from, to, renames, backfills), conversions), from, to, form);
    }

    /**
     * The plan from a {@code from} that is not the latest snapshot (a live database, an empty schema), where
     * a declared rename applies only when its old name is there; see {@link Differ#diffApplyingPresentRenames}.
     */
    public static MigrationPlan planApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames) {
        return render(Differ.diffApplyingPresentRenames(from, to, renames), from, to, DdlForm.PLAIN);
    }

    /** As {@link #planApplyingPresentRenames(SchemaModel, SchemaModel, RenameHints)}, with declared backfills. */
    public static MigrationPlan planApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames,
                                                           Backfills backfills) {
        return render(Differ.diffApplyingPresentRenames(from, to, renames, backfills), from, to, DdlForm.PLAIN);
    }

    /** As {@link #planApplyingPresentRenames(SchemaModel, SchemaModel, RenameHints, Backfills)}, in {@code form}. */
    public static MigrationPlan planApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames,
                                                           Backfills backfills, DdlForm form) {
        return render(Differ.diffApplyingPresentRenames(from, to, renames, backfills), from, to, form);
    }

    /**
     * As {@link #planApplyingPresentRenames(SchemaModel, SchemaModel, RenameHints, Backfills, DdlForm)}, with the
     * declared type conversions.
     */
    public static MigrationPlan planApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames,
                                                           Backfills backfills, Conversions conversions,
                                                           DdlForm form) {
        return render(Usings.attach(Differ.diffApplyingPresentRenames(from, to, renames, backfills), conversions), from,
                to, form);
    }

    /**
     * @throws UncastableTypeException when a column changes type, either way, between types PostgreSQL has no cast
     *     between: no statement could apply it
     */
    private static MigrationPlan render(List<Change> changes, SchemaModel from, SchemaModel to, DdlForm form) {
        requireCasts(changes);
        List<SqlStatement> up = new ArrayList<>();
        Set<QualifiedName> created = created(changes);
        List<Hazard> upHazards = new ArrayList<>();
        List<DataRequirement> upRequirements = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            up.addAll(RENDERER.render(change, form, !onCreatedTable(change, created)));
            List<Change> earlier = changes.subList(0, i);
            for (Hazard hazard : RENDERER.hazards(change, form == DdlForm.ONLINE)) {
                if (BackwardDrops.addedBack(hazard, changes.subList(i + 1, changes.size()))) {
                    continue;
                }
                Hazard named = LossNames.atStart(hazard, earlier);
                upHazards.add(named);
                if (named.kind() == HazardKind.DATA_LOSS) {
                    upHazards.add(RENDERER.irreversibleDown(named));
                }
            }
            List<DataRequirement> required = new ArrayList<>(RENDERER.requirements(change));
            if (change instanceof AlterColumn alter) {
                required.addAll(FillConstraints.of(alter, to));
                required.addAll(CaseFoldedKeys.of(alter, to));
            }
            required.forEach(r -> upRequirements.add(
                    FilledValues.of(r, RequirementNames.atStart(r, earlier), changes)));
        }
        List<SqlStatement> down = new ArrayList<>();
        List<Hazard> downHazards = new ArrayList<>();
        List<Unrestorable> unrestorable = new ArrayList<>();
        List<DataRequirement> downRequirements = new ArrayList<>();
        List<Change> reversed = new ArrayList<>();
        List<Change> downChanges = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            downChanges.add(changes.get(i).reverse());
        }
        Set<QualifiedName> createdByDown = created(downChanges);
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change reverse = changes.get(i).reverse();
            down.addAll(RENDERER.render(reverse, form, !onCreatedTable(reverse, createdByDown)));
            List<Change> earlier = List.copyOf(reversed);
            List<Change> later = downChanges.subList(changes.size() - i, downChanges.size());
            RENDERER.hazards(reverse, form == DdlForm.ONLINE).stream().filter(h -> !BackwardDrops.addedBack(h, later))
                    .forEach(h -> downHazards.add(LossNames.atStart(h, earlier)));
            if (reverse instanceof AddColumn add && Refills.needed(add.column())) {
                DataLoss column = LossNames.atStart(DataLoss.column(add.table(), add.column().name()), earlier);
                unrestorable.add(new Unrestorable(column, add.refill()));
            }
            List<DataRequirement> requiredByDown = new ArrayList<>(RENDERER.requirements(reverse));
            if (reverse instanceof AlterColumn alter) {
                requiredByDown.addAll(CaseFoldedKeys.of(alter, from));
            }
            requiredByDown.forEach(r -> downRequirements.add(
                    FilledValues.of(r, RequirementNames.atStart(r, earlier), downChanges)));
            reversed.add(reverse);
        }
        List<MigrationStep> upSteps = form == DdlForm.ONLINE ? StepPartition.of(up) : StepPartition.plain(up);
        List<MigrationStep> downSteps = form == DdlForm.ONLINE ? StepPartition.of(down) : StepPartition.plain(down);
        return new MigrationPlan(changes, flat(upSteps), flat(downSteps), upHazards, downHazards,
                distinct(upRequirements), distinct(downRequirements), unrestorable, upSteps, downSteps);
    }

    /**
     * Refuses a type change that PostgreSQL cannot convert, in the migration or in its down, unless a conversion is
     * declared for that direction.
     */
    private static void requireCasts(List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof AlterColumn alter && alter.aspects().contains(ColumnAspect.TYPE)) {
                ColumnType from = alter.from().type();
                ColumnType into = alter.to().type();
                if (alter.using() == null && !TypeChanges.castExists(from, into)) {
                    throw new UncastableTypeException(alter.table(), alter.to().name(), from, into, false);
                }
                if (alter.usingBack() == null && !TypeChanges.castExists(into, from)) {
                    throw new UncastableTypeException(alter.table(), alter.to().name(), from, into, true);
                }
            }
        }
    }

    /** The statements of {@code steps}, in the order they run. */
    private static List<SqlStatement> flat(List<MigrationStep> steps) {
        return steps.stream().flatMap(s -> s.statements().stream()).toList();
    }

    /** The tables {@code changes} create. */
    private static Set<QualifiedName> created(List<Change> changes) {
        return changes.stream().filter(CreateTable.class::isInstance).map(c -> ((CreateTable) c).table().name())
                .collect(Collectors.toSet());
    }

    /**
     * Whether {@code change} is on a table created by the same migration, where the plain form is kept: there are
     * no rows and no readers to protect.
     */
    private static boolean onCreatedTable(Change change, Set<QualifiedName> created) {
        if (change instanceof AddForeignKey c) {
            return c.newTable() || created.contains(c.table());
        }
        return ChangeKinds.table(change).map(created::contains).orElse(false);
    }

    private static List<DataRequirement> distinct(List<DataRequirement> requirements) {
        return requirements.stream().distinct().toList();
    }
}
