package dev.shale.diff;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.HazardKind;
import dev.shale.diff.postgres.PostgresRenderer;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.diff.postgres.Unrestorable;
import dev.shale.model.Backfills;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

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
        return plan(from, to, renames, PlannerOptions.DEFAULT);
    }

    /** As {@link #plan(SchemaModel, SchemaModel, RenameHints)}, written as {@code options} say. */
    public static MigrationPlan plan(SchemaModel from, SchemaModel to, RenameHints renames, PlannerOptions options) {
        return render(Differ.diff(from, to, renames), to, options);
    }

    /** As {@link #plan(SchemaModel, SchemaModel, RenameHints)}, filling columns that become NOT NULL. */
    public static MigrationPlan plan(SchemaModel from, SchemaModel to, RenameHints renames, Backfills backfills) {
        return plan(from, to, renames, backfills, PlannerOptions.DEFAULT);
    }

    /** As {@link #plan(SchemaModel, SchemaModel, RenameHints, Backfills)}, written as {@code options} say. */
    public static MigrationPlan plan(SchemaModel from, SchemaModel to, RenameHints renames, Backfills backfills,
                                     PlannerOptions options) {
        return render(Differ.diff(from, to, renames, backfills), to, options);
    }

    /**
     * The plan from a {@code from} that is not the latest snapshot (a live database, an empty schema), where
     * a declared rename applies only when its old name is there; see {@link Differ#diffApplyingPresentRenames}.
     */
    public static MigrationPlan planApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames) {
        return render(Differ.diffApplyingPresentRenames(from, to, renames), to, PlannerOptions.DEFAULT);
    }

    /** As {@link #planApplyingPresentRenames(SchemaModel, SchemaModel, RenameHints)}, with declared backfills. */
    public static MigrationPlan planApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames,
                                                           Backfills backfills) {
        return planApplyingPresentRenames(from, to, renames, backfills, PlannerOptions.DEFAULT);
    }

    /** As {@link #planApplyingPresentRenames(SchemaModel, SchemaModel, RenameHints, Backfills)}, as options say. */
    public static MigrationPlan planApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames,
                                                           Backfills backfills, PlannerOptions options) {
        return render(Differ.diffApplyingPresentRenames(from, to, renames, backfills), to, options);
    }

    private static MigrationPlan render(List<Change> changes, SchemaModel to, PlannerOptions options) {
        List<SqlStatement> up = new ArrayList<>();
        List<Hazard> upHazards = new ArrayList<>();
        List<DataRequirement> upRequirements = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            up.addAll(RENDERER.render(change));
            List<Change> earlier = changes.subList(0, i);
            for (Hazard hazard : RENDERER.hazards(change, options.online())) {
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
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change reverse = changes.get(i).reverse();
            down.addAll(RENDERER.render(reverse));
            List<Change> earlier = List.copyOf(reversed);
            List<Change> later = downChanges.subList(changes.size() - i, downChanges.size());
            RENDERER.hazards(reverse, options.online()).stream().filter(h -> !BackwardDrops.addedBack(h, later))
                    .forEach(h -> downHazards.add(LossNames.atStart(h, earlier)));
            if (reverse instanceof AddColumn add && Refills.needed(add.column())) {
                DataLoss column = LossNames.atStart(DataLoss.column(add.table(), add.column().name()), earlier);
                unrestorable.add(new Unrestorable(column, add.refill()));
            }
            RENDERER.requirements(reverse).forEach(r -> downRequirements.add(
                    FilledValues.of(r, RequirementNames.atStart(r, earlier), downChanges)));
            reversed.add(reverse);
        }
        return new MigrationPlan(changes, up, down, upHazards, downHazards, distinct(upRequirements),
                distinct(downRequirements), unrestorable);
    }

    private static List<DataRequirement> distinct(List<DataRequirement> requirements) {
        return requirements.stream().distinct().toList();
    }
}
