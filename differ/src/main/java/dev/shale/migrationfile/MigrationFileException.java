package dev.shale.migrationfile;

/**
 * Migration file text that does not follow the format: a step marker not written as {@code -- shale:step N
 * transactional|non-transactional}, numbered out of order, or not alone on its line. Names the line (from 1).
 */
public final class MigrationFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, for callers that word it themselves. */
    public enum Reason {
        /** A marker that is not {@code shale:step} followed by a number and a mode. */
        MARKER_FORM,
        /** A marker whose number is not a whole number from 1. */
        MARKER_NUMBER,
        /** A marker whose mode is neither {@code transactional} nor {@code non-transactional}. */
        MARKER_MODE,
        /** Markers numbered other than 1, 2, 3, ... in file order. */
        MARKER_ORDER,
        /** A marker line written other than as Shale writes it, or not ended by a line break. */
        MARKER_LINE
    }

    private final Reason reason;
    private final int line;
    private final String problem;

    public MigrationFileException(Reason reason, int line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.reason = reason;
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong. */
    public Reason reason() {
        return reason;
    }

    /** The line (from 1) the problem is on, or 0 when the text read was not a whole file. */
    public int line() {
        return line;
    }

    /** The problem in words, without the line. */
    public String problem() {
        return problem;
    }
}
