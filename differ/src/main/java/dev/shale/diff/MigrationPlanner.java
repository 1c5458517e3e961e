package dev.shale.diff;

import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;

/** Diffs two models and renders the result, both directions, for PostgreSQL. */
public final class MigrationPlanner {

    private MigrationPlanner() {
    }

    /** The plan that turns {@code from} into {@code to}, and back. */
    public static MigrationPlan plan(SchemaModel from, SchemaModel to, RenameHints renames) {
        throw new UnsupportedOperationException("TODO");
    }
}
