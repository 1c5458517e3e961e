package dev.shale.migrations.runner;

import dev.shale.api.DatabaseError;
import dev.shale.api.RunnerSettings;
import dev.shale.api.SpellingException;
import dev.shale.api.SpellingResult;
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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PostgreSQL's spelling of a model's expressions: builds the model from nothing in a scratch database (the
 * {@code CREATE} statements {@code generate} would write for it, under the runner's pinned session settings, so
 * a literal such as {@code '2026-01-01'} is read in UTC as {@code migrate} reads it), reads it back with the
 * introspector and rolls everything back. The scratch database must not hold the model's objects already.
 * What uses an object the model does not create (an extension's type) cannot be built there, and is reported.
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
     * Each statement runs under a savepoint: one that fails because it uses an object the model does not create
     * (SQLSTATE 42704 undefined object, 3F000 undefined schema, 42P01 undefined table, or 42883 for a function,
     * not an operator) is left out and named in the result, with what depends on it.
     *
     * @throws SpellingException when PostgreSQL refuses a statement otherwise (the message names the expression
     *     when PostgreSQL's error points into one)
     * @throws dev.shale.api.DatabaseException when the scratch database cannot be used
     */
    public SpellingResult run(SchemaModel model) {
        if (PostgresSpellings.sites(model).isEmpty()) {
            return new SpellingResult(PostgresSpellings.NONE, List.of());
        }
        List<SqlStatement> statements = MigrationPlanner.plan(SchemaModel.EMPTY, model, RenameHints.NONE).up();
        List<String> notBuilt = new ArrayList<>();
        try (RunClock clock = RunClock.start(settings.runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(settings);
            Connection connection = session.connection();
            try {
                connection.setAutoCommit(false);
                Statement run = session.statement();
                for (SqlStatement statement : statements) {
                    run.execute("SAVEPOINT shale_spelling");
                    try {
                        run.execute(statement.sql());
                    } catch (SQLException e) {
                        run.execute("ROLLBACK TO SAVEPOINT shale_spelling");
                        DatabaseError error = ErrorClassifier.describe(e, session.redactor());
                        String first = statement.sql().lines().findFirst().orElse("").strip();
                        if (!usesMissingObject(error)) {
                            throw new SpellingException(site(model, statement.sql(), error.position()), first, error, e);
                        }
                        notBuilt.add(first + ": " + error.message());
                    }
                }
                SchemaModel built = new Introspector().read(connection, model.schemasInUse());
                return new SpellingResult(PostgresSpellings.pair(model, built), notBuilt);
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
     * Whether PostgreSQL refused a statement for an object that neither it nor the model creates (a type, schema,
     * table or function that an extension or a hand-written migration provides), rather than for its SQL.
     */
    static boolean usesMissingObject(DatabaseError error) {
        String state = error.sqlState();
        if (state == null) {
            return false;
        }
        return switch (state) {
            case "42704", "3F000", "42P01" -> true;
            case "42883" -> error.message().startsWith("function ");
            default -> false;
        };
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
