package dev.shale.testing;

import java.sql.SQLException;

/** A statement given to {@link TestDatabase#execute} failed: which one (0-based), its SQL and PostgreSQL's error. */
public final class StatementFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String sql;

    public StatementFailedException(int index, String sql, SQLException cause) {
        super("statement " + index + " failed: " + cause.getMessage() + "\n  SQL: " + sql, cause);
        this.index = index;
        this.sql = sql;
    }

    /** The 0-based index of the failed statement in the list given. */
    public int index() {
        return index;
    }

    /** The failed statement. */
    public String sql() {
        return sql;
    }
}
