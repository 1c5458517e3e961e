package dev.shale.migrations.runner;

import dev.shale.api.PlannedStep;
import dev.shale.api.TransactionMode;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Units that run together: in one transaction, or a single non-transactional unit in autocommit.
 * Inside a transaction, an {@code ALTER TYPE ... ADD VALUE} that is not the step's last statement is
 * followed by a commit ({@link #commitsAfter}).
 */
record Step(boolean transactional, List<Unit> units) {

    Step {
        units = List.copyOf(units);
    }

    /**
     * Groups units into steps: with {@link TransactionMode#BATCH}, consecutive transactional units share a
     * transaction and each non-transactional unit runs alone between them; with {@link TransactionMode#EACH},
     * every unit is its own step.
     */
    static List<Step> group(List<Unit> units, TransactionMode mode) {
        List<Step> steps = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        for (Unit unit : units) {
            if (!unit.header().transactional()) {
                flush(steps, current);
                steps.add(new Step(false, List.of(unit)));
            } else if (mode == TransactionMode.EACH) {
                steps.add(new Step(true, List.of(unit)));
            } else {
                current.add(unit);
            }
        }
        flush(steps, current);
        return steps;
    }

    private static void flush(List<Step> steps, List<Unit> current) {
        if (!current.isEmpty()) {
            steps.add(new Step(true, current));
            current.clear();
        }
    }

    /** Whether the runner commits right after this statement of this unit. */
    boolean commitsAfter(Unit unit, SqlStatement statement) {
        if (!transactional || !statement.isEnumValueAddition()) {
            return false;
        }
        // with no statement after it in the step, the step's own commit follows (after recording)
        return statement.index() < unit.statements().size() || laterUnitsHaveStatements(unit);
    }

    private boolean laterUnitsHaveStatements(Unit unit) {
        boolean after = false;
        for (Unit u : units) {
            if (after && !u.statements().isEmpty()) {
                return true;
            }
            after |= u == unit;
        }
        return false;
    }

    PlannedStep toPlanned() {
        return new PlannedStep(transactional, units.stream().map(u -> u.toPlanned(s -> commitsAfter(u, s))).toList());
    }
}
