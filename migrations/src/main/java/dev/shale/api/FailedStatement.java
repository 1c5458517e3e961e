package dev.shale.api;

import java.util.Objects;

/**
 * The statement of a migration file that failed: its 1-based index among the file's statements, the
 * line it starts on, its first line, and the file line PostgreSQL's error position points at (0 when
 * the server gave no position).
 */
public record FailedStatement(int index, int line, String firstLine, int errorLine) {

    public FailedStatement {
        Objects.requireNonNull(firstLine, "firstLine");
    }
}
