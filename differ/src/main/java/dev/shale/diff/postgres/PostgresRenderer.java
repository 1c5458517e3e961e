package dev.shale.diff.postgres;

import dev.shale.diff.change.Change;
import java.util.List;

/** Renders changes as PostgreSQL statements and names their hazards. Pure. */
public final class PostgresRenderer {

    /** The statements that perform {@code change}, in order. */
    public List<SqlStatement> render(Change change) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The hazards of performing {@code change} on a populated database. */
    public List<Hazard> hazards(Change change) {
        throw new UnsupportedOperationException("TODO");
    }
}
