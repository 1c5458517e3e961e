package dev.shale.testing;

import dev.shale.diff.postgres.MigrationStep;
import dev.shale.diff.postgres.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a migration's steps the way a generated file asks (a test stand-in for the runner): on one connection,
 * each step's {@code SET} lines first, then its statements, a transactional step in a transaction committed at
 * its end, a non-transactional one in autocommit. A failing statement rolls its step back and is thrown as a
 * {@link StatementFailedException} with its index among all the steps' statements.
 */
public final class StepRunner {

    private StepRunner() {
    }

    /** Runs {@code steps} in order on {@code database}. */
    public static void run(TestDatabase database, List<MigrationStep> steps) {
        try (Connection connection = database.connect()) {
            run(connection, steps);
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to " + database + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code steps} in order on {@code connection}, which is left in autocommit. */
    public static void run(Connection connection, List<MigrationStep> steps) throws SQLException {
        int index = 0;
        for (MigrationStep step : steps) {
            connection.setAutoCommit(!step.transactional());
            List<String> sql = new ArrayList<>(step.timeouts().statements());
            step.statements().stream().map(SqlStatement::sql).forEach(sql::add);
            int settings = step.timeouts().statements().size();
            try (Statement statement = connection.createStatement()) {
                for (int i = 0; i < sql.size(); i++) {
                    try {
                        statement.execute(sql.get(i));
                    } catch (SQLException e) {
                        if (step.transactional()) {
                            connection.rollback();
                        }
                        connection.setAutoCommit(true);
                        throw new StatementFailedException(index + Math.max(0, i - settings), sql.get(i), e);
                    }
                }
            }
            if (step.transactional()) {
                connection.commit();
            }
            index += step.statements().size();
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET lock_timeout");
            statement.execute("RESET statement_timeout");
        }
    }
}
