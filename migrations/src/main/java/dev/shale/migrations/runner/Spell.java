package dev.shale.migrations.runner;

import dev.shale.api.DatabaseError;
import dev.shale.api.RunnerSettings;
import dev.shale.api.SpellingException;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.migrations.introspect.Introspector;
import dev.shale.migrations.runner.errors.ErrorClassifier;
import dev.shale.model.ExpressionSite;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PostgreSQL's spelling of a model's expressions: builds the model from nothing in a scratch database (the
 * {@code CREATE} statements {@code generate} would write for it, under the runner's pinned session settings, so
 * a literal such as {@code '2026-01-01'} is read in UTC as {@code migrate} reads it), reads it back with the
 * introspector and rolls everything back. The scratch database must not hold the model's objects already.
 */
public final class Spell {

    private final ConnectionSource connections;
    private final RunnerSettings settings;

    public Spell(ConnectionSource connections, RunnerSettings settings) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The spellings of {@code model}'s expressions; none without building anything when it has no expression.
     *
     * @throws SpellingException when PostgreSQL refuses a statement (the message names the expression when
     *     PostgreSQL's error points into one)
     * @throws dev.shale.api.DatabaseException when the scratch database cannot be used
     */
    public PostgresSpellings run(SchemaModel model) {
        if (PostgresSpellings.sites(model).isEmpty()) {
            return PostgresSpellings.NONE;
        }
        List<SqlStatement> statements = MigrationPlanner.plan(SchemaModel.EMPTY, model, RenameHints.NONE).up();
        try (RunClock clock = RunClock.start(settings.runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(settings);
            Connection connection = session.connection();
            try {
                connection.setAutoCommit(false);
                for (SqlStatement statement : statements) {
                    try {
                        session.statement().execute(statement.sql());
                    } catch (SQLException e) {
                        DatabaseError error = ErrorClassifier.describe(e, session.redactor());
                        throw new SpellingException(site(model, statement.sql(), error.position()),
                                statement.sql().lines().findFirst().orElse(""), error, e);
                    }
                }
                SchemaModel built = new Introspector().read(connection, model.schemasInUse());
                return PostgresSpellings.pair(model, built);
            } catch (SQLException e) {
                throw session.failure("could not build the schema in the scratch database to read PostgreSQL's"
                        + " spelling of its expressions", e);
            } finally {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    // Session.close rolls back again, or the connection is gone with what it built
                }
            }
        }
    }

    /**
     * The expression of {@code model} whose text, in {@code sql}, holds the 1-based character {@code position}
     * PostgreSQL's error points at; {@code null} when none does.
     */
    static ExpressionSite site(SchemaModel model, String sql, int position) {
        if (position <= 0) {
            return null;
        }
        int at = position - 1;
        ExpressionSite best = null;
        int bestStart = -1;
        for (Map.Entry<ExpressionSite, String> entry : PostgresSpellings.sites(model).entrySet()) {
            String text = entry.getValue();
            for (int start = sql.indexOf(text); start >= 0; start = sql.indexOf(text, start + 1)) {
                // the occurrence that starts last before the position is the innermost one
                if (start <= at && at < start + text.length() && start > bestStart
                        && sql.contains(entry.getKey().object())) {
                    best = entry.getKey();
                    bestStart = start;
                }
            }
        }
        return best;
    }
}
