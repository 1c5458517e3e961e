package dev.shale.migrations.runner;

import dev.shale.api.RunnerSettings;
import dev.shale.migrations.dependents.Dependents;
import dev.shale.migrations.dependents.UnmanagedDependent;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Looks up, on a live database, the objects Shale does not manage that depend on what some statements not yet run
 * (a migration just generated) drop or retype ({@link Dependents}, as {@code migrate} does before it runs). Reads
 * only; takes no lock.
 */
public final class DependentsLookup {

    private final ConnectionSource connections;
    private final RunnerSettings settings;

    public DependentsLookup(ConnectionSource connections, RunnerSettings settings) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The warning sentence of each dependent; {@code statements}: file shown in messages -> its statements' SQL. */
    public List<String> warnings(Map<String, List<String>> statements) {
        try (RunClock clock = RunClock.start(settings.runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(settings);
            try {
                return Dependents.of(session.connection(), statements).stream().map(UnmanagedDependent::warning)
                        .toList();
            } catch (SQLException e) {
                throw session.failure("could not read what depends on the tables the migration changes", e);
            }
        }
    }
}
