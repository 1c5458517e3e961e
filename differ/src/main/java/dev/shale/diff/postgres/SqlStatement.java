package dev.shale.diff.postgres;

import dev.shale.diff.change.Change;
import java.util.Objects;

/** One SQL statement (without the trailing semicolon) and the change it came from. */
public record SqlStatement(String sql, Change change) {
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(change, "change");
    }
}
