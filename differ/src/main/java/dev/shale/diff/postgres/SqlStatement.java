package dev.shale.diff.postgres;

import dev.shale.diff.change.Change;
import java.util.Objects;

/** One SQL statement (without the trailing semicolon), the change it came from and how it must run. */
public record SqlStatement(String sql, Change change, StatementMode mode) {
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(mode, "mode");
    }

    /** A quick statement that runs in a transaction with others. */
    public SqlStatement(String sql, Change change) {
        this(sql, change, StatementMode.QUICK);
    }
}
