package dev.shale.migrations.runner;

import dev.shale.api.PlannedStep;
import dev.shale.api.TransactionMode;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pieces of units that run together: in one transaction, or a single non-transactional piece in autocommit.
 * Inside a transaction the runner commits after a segment that ends with {@code ALTER TYPE ... ADD VALUE} when more
 * statements follow ({@link #commitsAfter}), having recorded the progress (or the history row) of its unit first.
 */
record Step(boolean transactional, List<Piece> pieces) {

    Step {
        pieces = List.copyOf(pieces);
    }

    /**
     * Groups units into steps, skipping the segments {@code done} says ran already (by version): with
     * {@link TransactionMode#BATCH}, consecutive units of one transactional file step share a transaction, a
     * non-transactional file step runs alone, and a unit of several file steps commits the group before it and runs
     * each of its steps as a transaction of its own (or alone in autocommit); with {@link TransactionMode#EACH}, every
     * unit's steps are their own.
     */
    static List<Step> group(List<Unit> units, TransactionMode mode, Map<String, Integer> done) {
        List<Step> steps = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Unit unit : units) {
            int skip = done.getOrDefault(unit.version(), 0);
            List<Segment> remaining = unit.segments().subList(Math.min(skip, unit.segments().size()),
                    unit.segments().size());
            if (remaining.isEmpty()) {
                continue;
            }
            boolean single = unit.fileSteps().size() == 1 && remaining.get(0).transactional();
            if (single && mode == TransactionMode.BATCH) {
                current.add(new Piece(unit, remaining));
                continue;
            }
            flush(steps, current);
            int from = 0;
            while (from < remaining.size()) {
                int fileStep = remaining.get(from).fileStep();
                int to = from;
                while (to < remaining.size() && remaining.get(to).fileStep() == fileStep) {
                    to++;
                }
                steps.add(new Step(remaining.get(from).transactional(),
                        List.of(new Piece(unit, remaining.subList(from, to)))));
                from = to;
            }
        }
        flush(steps, current);
        return steps;
    }

    /** Groups units none of which ran partly. */
    static List<Step> group(List<Unit> units, TransactionMode mode) {
        return group(units, mode, Map.of());
    }

    private static void flush(List<Step> steps, List<Piece> current) {
        if (!current.isEmpty()) {
            steps.add(new Step(true, current));
            current.clear();
        }
    }

    /** Whether the runner commits right after {@code segment} of {@code piece} (see the class comment). */
    boolean commitsAfter(Piece piece, Segment segment) {
        if (!transactional || !segment.endsWithEnumValue()) {
            return false;
        }
        if (segment != piece.last()) {
            return true;
        }
        boolean after = false;
        for (Piece p : pieces) {
            if (after && !p.statements().isEmpty()) {
                return true;
            }
            after |= p == piece;
        }
        return false;
    }

    /**
     * What is left of this step once the runner committed after {@code segment} of {@code piece} (see
     * {@link #commitsAfter}): the piece's later segments, then the later pieces. Never empty, since the runner only
     * commits there when more statements follow.
     */
    Step after(Piece piece, Segment segment) {
        List<Piece> rest = new ArrayList<>();
        boolean later = false;
        for (Piece p : pieces) {
            if (later) {
                rest.add(p);
            } else if (p == piece) {
                later = true;
                int from = p.segments().indexOf(segment) + 1;
                if (from < p.segments().size()) {
                    rest.add(new Piece(p.unit(), p.segments().subList(from, p.segments().size())));
                }
            }
        }
        return new Step(transactional, rest);
    }

    PlannedStep toPlanned() {
        return new PlannedStep(transactional, pieces.stream().map(p -> p.toPlanned(s -> commitsAfter(p, s))).toList());
    }

    /** Whether {@code statement} ends a segment of {@code piece} after which the runner commits. */
    private boolean commitsAfter(Piece piece, SqlStatement statement) {
        for (Segment segment : piece.segments()) {
            List<SqlStatement> statements = segment.statements();
            if (!statements.isEmpty() && statements.get(statements.size() - 1) == statement) {
                return commitsAfter(piece, segment);
            }
        }
        return false;
    }
}
