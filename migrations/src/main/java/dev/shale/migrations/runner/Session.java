package dev.shale.migrations.runner;

import dev.shale.api.DatabaseError;
import dev.shale.api.DatabaseException;
import dev.shale.api.ErrorClass;
import dev.shale.api.RunnerSettings;
import dev.shale.migrations.runner.errors.ErrorClassifier;
import dev.shale.migrations.runner.errors.Redactor;
import dev.shale.migrations.runner.history.HistoryRow;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.migrations.runner.lock.AdvisoryLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one connection of a run, in autocommit between transactions, with the run's clock. Sets the runner's
 * settings ({@code lock_timeout}, {@code statement_timeout}, {@code standard_conforming_strings},
 * {@code TimeZone}, {@code DateStyle}, {@code IntervalStyle}, {@code search_path}) for the session and puts back the previous values (and the previous autocommit mode) on {@link #close()}, so a pooled
 * connection returns unchanged.
 */
final class Session implements AutoCloseable {

    /**
     * The search path of every Shale session: {@code public} alone. {@code pg_catalog} is searched first without
     * being listed; listing it would make it the schema an unqualified {@code CREATE} creates in.
     */
    static final String SEARCH_PATH = "public";

    private final Connection connection;
    private final ConnectionSource source;
    private final RunClock clock;
    private final Redactor redactor;
    private final boolean originalAutoCommit;
    private Map<String, String> saved;
    private Statement statement;

    private Session(Connection connection, ConnectionSource source, RunClock clock, Redactor redactor,
            boolean originalAutoCommit) {
        this.connection = connection;
        this.source = source;
        this.clock = clock;
        this.redactor = redactor;
        this.originalAutoCommit = originalAutoCommit;
    }

    /** Opens a connection from {@code source}, in autocommit. */
    static Session open(ConnectionSource source, RunClock clock) {
        Connection connection = source.open(clock);
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.setAutoCommit(true);
            }
            return new Session(connection, source, clock, source.redactor(), autoCommit);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw ErrorClassifier.failure("could not prepare the connection", e, source.redactor(), false);
        }
    }

    Connection connection() {
        return connection;
    }

    RunClock clock() {
        return clock;
    }

    Redactor redactor() {
        return redactor;
    }

    /** The statement migrations run on; the watchdog cancels it. */
    Statement statement() throws SQLException {
        if (statement == null) {
            statement = connection.createStatement();
        }
        return statement;
    }

    /**
     * Gives this session the runner's settings ({@link #runnerValues}), remembering the previous values. The
     * timeouts are the run's. {@code standard_conforming_strings} is pinned on because migration files are split
     * into statements (and Shale's own SQL is written) as PostgreSQL reads them with it on: with it off, a
     * backslash in a string would end the string somewhere else on the server than in the splitter.
     * {@code TimeZone}, {@code DateStyle} and {@code IntervalStyle} are pinned so that a literal such as
     * {@code '2026-01-01'} in a migration's predicate or default means the same instant, and catalog text reads
     * the same, whatever the machine's zone (the JDBC driver sends the JVM's) or the user's settings.
     * {@code search_path} is pinned to {@value #SEARCH_PATH}: hand-written migrations that name tables and types
     * without a schema keep meaning {@code public}, whatever {@code search_path} a role or database sets
     * (a {@code "$user"} schema included), and the catalog prints an expression's names the same way every time
     * (names in {@code public} and {@code pg_catalog} bare, others qualified).
     */
    void applySettings(RunnerSettings settings) {
        Map<String, String> values = runnerValues(settings);
        try {
            Map<String, String> previous = new LinkedHashMap<>();
            try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(
                    values.keySet().stream().map(name -> "current_setting('" + name + "')")
                            .collect(Collectors.joining(", ", "SELECT ", "")))) {
                rows.next();
                int column = 1;
                for (String name : values.keySet()) {
                    previous.put(name, rows.getString(column++));
                }
            }
            setSettings(values);
            saved = previous;
        } catch (SQLException e) {
            throw failure("could not set " + String.join(", ", values.keySet()), e);
        }
    }

    /** Sets the runner-managed settings of the session to {@code values}, in one round trip. */
    private void setSettings(Map<String, String> values) throws SQLException {
        String sql = values.keySet().stream().map(name -> "set_config('" + name + "', ?, false)")
                .collect(Collectors.joining(", ", "SELECT ", ""));
        try (PreparedStatement set = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (String value : values.values()) {
                set.setString(parameter++, value);
            }
            set.executeQuery().close();
        }
    }

    /**
     * The settings the runner gives its session, by lower-case name, in a fixed order: what {@link #applySettings}
     * sets and what a migration's restoring statements set back (see {@code MigrationScript}).
     */
    static Map<String, String> runnerValues(RunnerSettings settings) {
        Map<String, String> values = new TreeMap<>();
        values.put("lock_timeout", millis(settings.lockTimeout()));
        values.put("statement_timeout", millis(settings.statementTimeout()));
        values.put("standard_conforming_strings", "on");
        values.put("timezone", "UTC");
        values.put("datestyle", "ISO, MDY");
        values.put("intervalstyle", "postgres");
        values.put("search_path", SEARCH_PATH);
        return values;
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + "ms";
    }

    /** The history rows, or none when the table does not exist. */
    List<HistoryRow> readHistory(HistoryTable history) {
        try {
            return history.read(connection);
        } catch (SQLException e) {
            throw failure("could not read the history table " + history.qualifiedName(), e);
        }
    }

    /** The progress rows, or none when the table does not exist. */
    List<dev.shale.migrations.runner.history.ProgressRow> readProgress(
            dev.shale.migrations.runner.history.ProgressTable progress) {
        try {
            return progress.read(connection);
        } catch (SQLException e) {
            throw failure("could not read the progress table " + progress.qualifiedName(), e);
        }
    }

    /**
     * Takes the migration lock, waiting at most {@code lockWait} and never past the run's limit.
     *
     * @throws DatabaseException {@link ErrorClass#RUNNER_LOCKED} when another runner kept it too long,
     *     {@link ErrorClass#RUN_TIMEOUT} when the run's limit ran out first
     */
    void lock(AdvisoryLock lock, Duration lockWait) {
        long wait = Math.min(lockWait.toMillis(), clock.remainingMillis());
        AdvisoryLock.Outcome outcome;
        try {
            outcome = lock.acquire(connection, wait);
        } catch (SQLException e) {
            throw failure("could not take the migration lock (advisory lock " + lock.key() + ")", e);
        }
        if (outcome == AdvisoryLock.Outcome.ACQUIRED) {
            return;
        }
        OptionalInt holder = lock.holder(connection);
        String who = holder.isPresent() ? "the session with pid " + holder.getAsInt() : "another session";
        boolean runLimit = clock.expired() || lockWait.toMillis() > wait;
        ErrorClass errorClass = outcome == AdvisoryLock.Outcome.INTERRUPTED ? ErrorClass.OTHER
                : runLimit ? ErrorClass.RUN_TIMEOUT : ErrorClass.RUNNER_LOCKED;
        String what = outcome == AdvisoryLock.Outcome.INTERRUPTED ? "the thread was interrupted while waiting"
                : "waited " + Duration.ofMillis(wait).toString().substring(2).toLowerCase(java.util.Locale.ROOT)
                        + (runLimit ? " (the rest of the run's time limit)" : "");
        String message = "another runner holds the migration lock (advisory lock " + lock.key() + ", held by " + who
                + "); " + what + ". Nothing was run. " + errorClass + ": " + errorClass.hint() + ".";
        throw new DatabaseException(message, errorClass, new DatabaseError(null, message, null, null, 0), null);
    }

    /** What work under the migration lock returned, and the warnings of releasing the lock (none or one). */
    record Locked<T>(T value, List<String> warnings) {
    }

    /**
     * Runs {@code work} under the migration lock ({@link #lock}) and releases the lock whatever happens
     * ({@link #unlock}): a failure to release never hides the work's own failure, and is otherwise a warning.
     */
    <T> Locked<T> underLock(AdvisoryLock lock, Duration lockWait, Supplier<T> work) {
        lock(lock, lockWait);
        T value;
        try {
            value = work.get();
        } catch (RuntimeException | Error e) {
            unlock(lock, e);
            throw e;
        }
        String warning = unlock(lock, null);
        return new Locked<>(value, warning == null ? List.of() : List.of(warning));
    }

    /**
     * Releases the lock. A failure is added to {@code primary} when there is one, so it never hides the
     * run's own error; otherwise it is returned as a warning sentence.
     */
    String unlock(AdvisoryLock lock, Throwable primary) {
        try {
            if (lock.release(connection)) {
                return null;
            }
            return "the migration lock (advisory lock " + lock.key() + ") was not held when the run released it.";
        } catch (SQLException e) {
            DatabaseException failure = failure("could not release the migration lock (advisory lock " + lock.key()
                    + "); it is released when the session ends", e);
            if (primary != null) {
                primary.addSuppressed(failure);
                return null;
            }
            return failure.getMessage();
        }
    }

    /** A database failure outside a migration's statements, classified and redacted. */
    DatabaseException failure(String context, SQLException e) {
        return ErrorClassifier.failure(context, e, redactor, classify(e));
    }

    /**
     * The class of a failure on this session; a broken connection is {@link ErrorClass#SERVER_SHUTDOWN}
     * when the server accepts no new connection either, else {@link ErrorClass#CONNECTION_LOST}.
     */
    ErrorClass classify(SQLException e) {
        ErrorClass errorClass = ErrorClassifier.classify(e, clock.expired());
        return errorClass == ErrorClass.CONNECTION_LOST && !source.answers(clock) ? ErrorClass.SERVER_SHUTDOWN
                : errorClass;
    }

    /** Restores the session's settings and autocommit mode, then closes the connection. */
    @Override
    public void close() {
        try {
            if (statement != null) {
                statement.close();
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            if (saved != null) {
                setSettings(saved);
            }
            if (!originalAutoCommit) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            // the connection is broken; closing it is all that is left to do
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing more to release
            }
        }
    }
}
