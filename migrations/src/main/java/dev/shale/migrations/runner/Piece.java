package dev.shale.migrations.runner;

import dev.shale.diff.postgres.HazardLine;

import dev.shale.api.PlannedPart;
import dev.shale.api.PlannedStatement;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The consecutive segments of one unit that run in one {@link Step}: the whole file, or (for a file of several steps,
 * or one resumed half-way) the segments of one of its steps still to run.
 */
record Piece(Unit unit, List<Segment> segments) {

    Piece {
        Objects.requireNonNull(unit, "unit");
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a piece holds at least one segment");
        }
    }

    /** Whether the piece ends the unit: its history record follows it. */
    boolean endsUnit() {
        return last().number() == unit.segments().size();
    }

    /** Whether the unit runs in more than one segment (then the runner records its progress). */
    boolean tracked() {
        return unit.segments().size() > 1;
    }

    Segment last() {
        return segments.get(segments.size() - 1);
    }

    /** Whether it holds every segment of the unit. */
    boolean whole() {
        return segments.get(0).number() == 1 && endsUnit();
    }

    /** The statements of its segments in order. */
    List<SqlStatement> statements() {
        return segments.stream().flatMap(s -> s.statements().stream()).toList();
    }

    /** The piece for a plan: where it is in the file, its statements, and the declared hazards it concerns. */
    PlannedPart toPlanned(Predicate<SqlStatement> commitAfter) {
        int fileSteps = unit.fileSteps().size();
        int fileStep = segments.get(0).fileStep();
        String part = unit.marked() ? "step " + fileStep + " of " + fileSteps + ", "
                + (segments.get(0).transactional() ? "transactional" : "non-transactional") : null;
        if (part != null && segments.get(0).number() > 1 && !segments.get(0).equals(firstOfFileStep(fileStep))) {
            part += ", resumed";
        }
        return new PlannedPart(unit.version(), unit.migration().name(), unit.file().display(),
                unit.header().hazardCodes(), statements().stream()
                .map(s -> new PlannedStatement(s.index(), s.line(), s.sql(), commitAfter.test(s))).toList(),
                part, segments.get(0).transactional(), hazards().stream().map(h -> h.code().code() + " " + h.severity().code() + " " + h.object()).toList(), endsUnit());
    }

    private Segment firstOfFileStep(int fileStep) {
        return unit.segments().stream().filter(s -> s.fileStep() == fileStep).findFirst().orElseThrow();
    }

    /**
     * The declared hazards ({@code shale:hazard} lines) this piece concerns: those whose object's last name part its
     * statements write (compared case-insensitively), and, for the piece that starts the file, those no step of the
     * file names.
     */
    List<HazardLine> hazards() {
        return unit.header().hazardLines().stream().filter(h -> {
            if (mentions(statements(), h)) {
                return true;
            }
            return segments.get(0).number() == 1 && unit.segments().stream()
                    .noneMatch(s -> mentions(s.statements(), h));
        }).toList();
    }

    private static boolean mentions(List<SqlStatement> statements, HazardLine hazard) {
        String object = hazard.object();
        String name = object.substring(object.lastIndexOf('.') + 1).replace("\"", "").toLowerCase(Locale.ROOT);
        return statements.stream().anyMatch(s -> s.sql().toLowerCase(Locale.ROOT).contains(name));
    }
}
