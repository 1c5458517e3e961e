package dev.shale.lint;

import dev.shale.diff.postgres.HazardCode;
import java.util.Objects;

/**
 * One finding: its code (with the code's severity, why and alternative), the file and line of the statement,
 * the object it concerns (a table, column, index or constraint name as written, or the statement's first words),
 * what was found, and, when a {@code -- shale:allow} accepted it, the reason given (null otherwise).
 */
public record LintFinding(HazardCode code, String file, int line, String object, String message,
                          String acceptedReason) {

    public LintFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }

    /** Whether a {@code -- shale:allow} comment accepted it. */
    public boolean accepted() {
        return acceptedReason != null;
    }

    /** This finding accepted for {@code reason}. */
    LintFinding accept(String reason) {
        return new LintFinding(code, file, line, object, message, reason);
    }
}
