package dev.shale.api;

import java.util.List;

/**
 * Migrations, or parts of them, that run together: in one transaction ({@code transactional}), or a single
 * non-transactional part run in autocommit and recorded once it succeeded.
 */
public record PlannedStep(boolean transactional, List<PlannedPart> parts) {

    public PlannedStep {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a step holds at least one migration");
        }
        if (!transactional && parts.size() != 1) {
            throw new IllegalArgumentException("a non-transactional step holds exactly one migration");
        }
    }
}
