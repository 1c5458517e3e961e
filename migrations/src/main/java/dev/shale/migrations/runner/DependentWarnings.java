package dev.shale.migrations.runner;

import dev.shale.api.RunListener;
import dev.shale.migrations.dependents.Dependents;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a run's listener, before the run, of every object Shale does not manage (a view, a trigger ...) that depends
 * on a table or column its files drop or change the type of ({@link Dependents}): the file will fail on it, or drop
 * it silently. Reads only; nothing is looked up when the listener is {@link RunListener#NONE}.
 */
final class DependentWarnings {

    private DependentWarnings() {
    }

    static void tell(Session session, List<Unit> units, RunListener listener) {
        if (listener == RunListener.NONE || units.isEmpty()) {
            return;
        }
        Map<String, List<String>> statements = new LinkedHashMap<>();
        units.forEach(unit -> statements.put(unit.file().display(),
                unit.statements().stream().map(SqlStatement::sql).toList()));
        try {
            Dependents.of(session.connection(), statements).forEach(dependent -> listener.warning(dependent.warning()));
        } catch (SQLException e) {
            throw session.failure("could not read what depends on the tables the migrations change", e);
        }
    }
}
