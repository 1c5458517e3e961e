package dev.shale.diff.order;

import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.postgres.ChangeDescriptions;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Changes that depend on each other in a cycle, so no order of them can run. Names each change of the cycle and the
 * object that ties it to the next. When a declared fill ({@code @Backfill}) closes the cycle, the declarations are
 * at fault (see {@link #declaredFills()}); otherwise it is a bug in Shale's differ, which should never produce one.
 */
public final class DependencyCycleException extends RuntimeException {

    /** A change of the cycle, and the object through which the next change of the cycle depends on it. */
    public record Step(Change change, ObjectKey object) {
    }

    private final List<Step> cycle;

    public DependencyCycleException(List<Step> cycle) {
        super(message(cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The changes of the cycle, each before the next, the last before the first. */
    public List<Step> cycle() {
        return cycle;
    }

    /** The changes of the cycle alone. */
    public List<Change> changes() {
        return cycle.stream().map(Step::change).toList();
    }

    /**
     * The changes of the cycle that fill a column with a declared expression: when there is one, the cycle runs
     * through what the user wrote (fills reading each other's new columns), not through the differ.
     */
    public List<Change> declaredFills() {
        return changes().stream().filter(DependencyCycleException::fillsWithDeclaredExpression).toList();
    }

    private static boolean fillsWithDeclaredExpression(Change change) {
        return change instanceof AddColumn add && add.fill() != null
                || change instanceof AlterColumn alter && alter.fill() != null;
    }

    private static String message(List<Step> cycle) {
        String steps = cycle.stream()
                .map(s -> ChangeDescriptions.describe(s.change()) + " (before the next, through " + s.object() + ")")
                .collect(Collectors.joining(", then "));
        return "these changes depend on each other in a cycle and cannot be ordered: " + steps
                + ", then the first again";
    }
}
