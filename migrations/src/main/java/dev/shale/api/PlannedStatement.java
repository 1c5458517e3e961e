package dev.shale.api;

import java.util.Objects;

/**
 * A statement a run will execute: its 1-based index in its file, the line it starts on, its SQL, and
 * whether the run commits right after it (an {@code ALTER TYPE ... ADD VALUE} followed by more statements).
 */
public record PlannedStatement(int index, int line, String sql, boolean commitAfter) {

    public PlannedStatement {
        Objects.requireNonNull(sql, "sql");
    }
}
