package dev.shale.migrations.runner;

import dev.shale.api.PushResult;
import dev.shale.api.RunnerSettings;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.migrations.runner.lock.AdvisoryLock;
import dev.shale.migrations.runner.sql.SqlScript;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * {@code push}: runs statements straight on a database, outside the migration history (development
 * only). Under the migration lock, so it never interleaves with a {@code migrate}; in one transaction,
 * committed early only after an enum value addition that later statements may use. A failure rolls back
 * the open transaction and names the statement.
 */
public final class Push {

    private final ConnectionSource connections;
    private final List<String> statements;
    private final RunnerSettings settings;

    public Push(ConnectionSource connections, List<String> statements, RunnerSettings settings) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.statements = List.copyOf(statements);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Runs the statements. */
    public PushResult run() {
        List<SqlStatement> parsed = SqlScript.parse(String.join(";\n\n", statements) + ";\n").statements();
        long start = System.nanoTime();
        try (RunClock clock = RunClock.start(settings.runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(settings);
            AdvisoryLock lock = new AdvisoryLock(new HistoryTable(settings.historySchema()).qualifiedName());
            int committedEarly = session.underLock(lock, settings.lockWait(), () -> execute(session, parsed)).value();
            return new PushResult(parsed.size(), committedEarly, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Runs every statement; returns how many were committed before the end, after enum value additions. */
    private static int execute(Session session, List<SqlStatement> parsed) {
        Connection connection = session.connection();
        int committed = 0;
        SqlStatement current = null;
        try {
            connection.setAutoCommit(false);
            for (SqlStatement statement : parsed) {
                current = statement;
                if (session.clock().expired()) {
                    throw new SQLException("the run exceeded its time limit", "57014");
                }
                session.clock().watch(session.statement());
                try {
                    session.statement().execute(statement.sql());
                } finally {
                    session.clock().watch(null);
                }
                if (statement.isEnumValueAddition() && statement.index() < parsed.size()) {
                    connection.commit();
                    committed = statement.index();
                }
            }
            current = null;
            connection.commit();
            return committed;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            String where = current == null ? "committing"
                    : "statement " + current.index() + " of " + parsed.size() + " (" + current.firstLine() + ")";
            String kept = committed == 0 ? "; nothing was changed"
                    : "; statements 1 to " + committed + " were committed before it (an enum value must be committed"
                            + " before it is used) and are kept";
            throw session.failure("push failed at " + where + kept, e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // reported by the next use of the connection, if any
            }
        }
    }
}
