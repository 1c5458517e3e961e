package dev.shale.diff.postgres;

import java.util.List;
import java.util.Objects;

/**
 * One step of a migration: statements run together, in one transaction or (for concurrent index builds and drops,
 * one statement) in autocommit, after the step's timeouts are set.
 */
public record MigrationStep(boolean transactional, List<SqlStatement> statements, StepTimeouts timeouts) {

    public MigrationStep {
        statements = List.copyOf(statements);
        Objects.requireNonNull(timeouts, "timeouts");
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("a migration step needs at least one statement");
        }
    }

    /** A step holding {@code statements}, with the timeouts they need: none on statements when one is long. */
    public static MigrationStep of(boolean transactional, List<SqlStatement> statements) {
        boolean unbounded = statements.stream().anyMatch(s -> s.mode().unbounded());
        return new MigrationStep(transactional, statements, unbounded ? StepTimeouts.LONG : StepTimeouts.QUICK);
    }
}
