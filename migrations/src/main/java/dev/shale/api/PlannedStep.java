package dev.shale.api;

import java.util.List;

/**
 * Migrations that run together: in one transaction ({@code transactional}), or a single
 * non-transactional migration run in autocommit and recorded once it succeeded.
 */
public record PlannedStep(boolean transactional, List<PlannedMigration> migrations) {

    public PlannedStep {
        migrations = List.copyOf(migrations);
        if (migrations.isEmpty()) {
            throw new IllegalArgumentException("a step holds at least one migration");
        }
        if (!transactional && migrations.size() != 1) {
            throw new IllegalArgumentException("a non-transactional step holds exactly one migration");
        }
    }
}
