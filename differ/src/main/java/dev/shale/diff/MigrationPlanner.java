package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.PostgresRenderer;
import dev.shale.diff.postgres.SqlStatement;
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
     * down renders the reverse of each change, last change first.
     */
    public static MigrationPlan plan(SchemaModel from, SchemaModel to, RenameHints renames) {
        return render(Differ.diff(from, to, renames));
    }

    /**
     * The plan from a {@code from} that is not the latest snapshot (a live database, an empty schema), where
     * a declared rename applies only when its old name is there; see {@link Differ#diffApplyingPresentRenames}.
     */
    public static MigrationPlan planApplyingPresentRenames(SchemaModel from, SchemaModel to, RenameHints renames) {
        return render(Differ.diffApplyingPresentRenames(from, to, renames));
    }

    private static MigrationPlan render(List<Change> changes) {
        List<SqlStatement> up = new ArrayList<>();
        List<Hazard> upHazards = new ArrayList<>();
        for (Change change : changes) {
            up.addAll(RENDERER.render(change));
            upHazards.addAll(RENDERER.hazards(change));
        }
        List<SqlStatement> down = new ArrayList<>();
        List<Hazard> downHazards = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change reverse = changes.get(i).reverse();
            down.addAll(RENDERER.render(reverse));
            downHazards.addAll(RENDERER.hazards(reverse));
        }
        return new MigrationPlan(changes, up, down, upHazards, downHazards);
    }
}
