package dev.shale.migrations.runner;

import dev.shale.api.DatabaseError;
import dev.shale.api.ErrorClass;
import dev.shale.api.ExecutedMigration;
import dev.shale.api.FailedStatement;
import dev.shale.api.LockRetry;
import dev.shale.api.RunListener;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationRefusedException;
import dev.shale.migrations.runner.errors.ErrorClassifier;
import dev.shale.migrations.runner.history.ProgressTable;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Runs steps on a session: a transactional step in one transaction (committed early only after an
 * enum value addition), a non-transactional one statement by statement in autocommit and then recorded
 * in a short transaction of its own. Each unit is recorded (or its record deleted) by the
 * {@link Recorder} in the same transaction as its last statements; a unit of several segments ({@link Segment}: a
 * file's {@code -- shale:step}s, cut after enum value additions) records each segment it finishes in the progress
 * table ({@link Tracking}) in the same way, and its last one deletes that row, so a killed run resumes at the first
 * unfinished segment. A lock timeout (55P03) reruns the transaction, or the statement outside one, after a backoff
 * ({@link LockBackoff}), as often as {@link Tracking#lockRetries()} allows, telling the run's listener each time; a
 * {@code CREATE INDEX CONCURRENTLY} first clears what an earlier build left ({@link ConcurrentIndex}). A failure
 * rolls back the open transaction and is reported as a {@link MigrationFailedException} naming what was committed
 * before it.
 *
 * <p>When the recorder can time units on the server ({@link Recorder#recordTimedByServer}), the statements
 * of a transaction and the records of its units go to the server in JDBC batches ({@link Batch}): one
 * round trip for many statements, where psql waits for each. A batch ends before a statement that may
 * return rows (it runs alone, see {@link SqlStatement#mayReturnRows}), at an enum value addition (then
 * the commit) and at the end of the step. A failure in a batch is mapped back to its unit and statement.
 */
final class Executor {

    private static final String RECORDING = "recording it in the history table";

    /** The history bookkeeping of a run. */
    interface Recorder {
        /** Runs first in every transaction that records (creates the history table when missing). */
        void prepare(Connection connection) throws SQLException;

        /** The statement that records that {@code unit} ran, taking {@code executionMs} as its time. */
        String record(Unit unit, long executionMs);

        /**
         * The statement that records that {@code unit} ran with the time the server measured since the
         * previous such record of the transaction (or its start), which lets a batch carry it; null when this
         * recorder cannot, and then every statement is its own round trip, timed by the client.
         */
        String recordTimedByServer(Unit unit);

        /** The times {@link #recordTimedByServer} kept for these units, by version, read in the open transaction. */
        Map<String, Long> serverTimes(Connection connection, List<Unit> units) throws SQLException;
    }

    /**
     * A check at the start of the units it applies to, on the run's connection and in its transaction, if it has
     * one; what is batched is sent first, so the check sees the units before it.
     */
    interface Guard {
        /** No check. */
        Guard NONE = new Guard() {
            @Override
            public boolean appliesTo(Unit unit) {
                return false;
            }

            @Override
            public MigrationRefusedException check(Unit unit) {
                return null;
            }
        };

        /** A guard running {@code first}, then {@code second} when the first lets the unit run. */
        static Guard both(Guard first, Guard second) {
            return new Guard() {
                @Override
                public boolean appliesTo(Unit unit) {
                    return first.appliesTo(unit) || second.appliesTo(unit);
                }

                @Override
                public MigrationRefusedException check(Unit unit) {
                    MigrationRefusedException refused = first.appliesTo(unit) ? first.check(unit) : null;
                    return refused != null || !second.appliesTo(unit) ? refused : second.check(unit);
                }
            };
        }

        /** Whether {@code unit} is checked (a unit that is not keeps its statements in the running JDBC batch). */
        boolean appliesTo(Unit unit);

        /** The refusal of {@code unit}, or null to run it. */
        MigrationRefusedException check(Unit unit);
    }

    /**
     * How a run keeps progress and retries lock timeouts: the progress table, the direction it records ({@code up}
     * or {@code down}), the listener told of each retry, and the retries allowed with the first wait.
     */
    record Tracking(ProgressTable progress, String direction, RunListener listener, int lockRetries,
                    Duration lockRetryBackoff) {
    }

    private final Session session;
    private final Recorder recorder;
    private final Guard guard;
    private final Tracking tracking;
    private final List<String> committed = new ArrayList<>();
    private final List<ExecutedMigration> executed = new ArrayList<>();
    private final Batch batch = new Batch();
    private final Map<String, Integer> firstSegment = new HashMap<>();
    /** When this run started each unit's first piece: a unit of several steps is timed from there to its end. */
    private final Map<String, Long> unitStarts = new HashMap<>();
    /** The units the listener was told finished: a transaction rerun after a lock timeout tells it once. */
    private final Set<String> finished = new HashSet<>();
    private String partial;
    private int commits;
    /** What is left of the running transactional step after its last early commit (an enum value addition). */
    private Step rest;

    Executor(Session session, Recorder recorder, Guard guard, Tracking tracking) {
        this.session = session;
        this.recorder = recorder;
        this.guard = guard;
        this.tracking = tracking;
    }

    /**
     * Whether this run committed any work before it ended or failed: a unit, a step of one, or the part of a
     * transaction before an early commit.
     */
    boolean committedWork() {
        return commits > 0;
    }

    /** Runs the steps in order; returns the units executed to their end. */
    List<ExecutedMigration> run(List<Step> steps) {
        for (Step step : steps) {
            for (Piece piece : step.pieces()) {
                firstSegment.putIfAbsent(piece.unit().version(), piece.segments().get(0).number());
            }
        }
        for (Step step : steps) {
            if (step.transactional()) {
                runTransactionRetrying(step);
            } else {
                runAlone(step.pieces().get(0));
            }
        }
        return List.copyOf(executed);
    }

    /**
     * Runs a transactional step, rolling it back and running it again after a lock timeout, with a backoff, as often
     * as the tracking allows. When the attempt committed part of its work first (after an enum value addition, with
     * its progress or its units' history rows), the retry runs only what is left after that commit.
     */
    private void runTransactionRetrying(Step step) {
        Step current = step;
        for (int attempt = 1; ; attempt++) {
            int before = commits;
            rest = null;
            try {
                runTransaction(current);
                return;
            } catch (MigrationFailedException e) {
                if (e.errorClass() != ErrorClass.LOCK_TIMEOUT) {
                    throw e;
                }
                if (commits != before && rest != null) {
                    current = rest;
                }
                Piece first = current.pieces().get(0);
                waitToRetry(e, first.unit(), describe(current), attempt);
            }
        }
    }

    /** How a retry names a transactional step: {@code the transaction of 3 migrations}, {@code step 2 of 4}. */
    private static String describe(Step step) {
        Piece first = step.pieces().get(0);
        return step.pieces().size() > 1 ? "the transaction of " + step.pieces().size() + " migrations"
                : first.unit().marked() ? "step " + first.segments().get(0).fileStep() + " of "
                + first.unit().fileSteps().size() : "its transaction";
    }

    /** Waits before retry {@code attempt} after lock timeout {@code e}, or throws it when no retry is left. */
    private void waitToRetry(MigrationFailedException e, Unit unit, String what, int attempt) {
        if (attempt > tracking.lockRetries()) {
            if (tracking.lockRetries() == 0) {
                throw e;
            }
            throw new MigrationFailedException(e.getMessage() + "\nGave up after " + tracking.lockRetries()
                    + " retries (database.lockRetries).", e.errorClass(), e.hint(), e.error(), e.file(), e.version(),
                    e.statement().orElse(null), e.committedVersions(), e);
        }
        Duration wait = LockBackoff.wait(tracking.lockRetryBackoff(), attempt);
        if (session.clock().remainingMillis() <= wait.toMillis()) {
            throw e;
        }
        tracking.listener().lockRetry(new LockRetry(unit.file().display(), what, attempt, tracking.lockRetries(),
                wait, e.error().message()));
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    private void runTransaction(Step step) {
        Connection connection = session.connection();
        List<Unit> done = new ArrayList<>();
        Map<String, Long> clientTimes = new HashMap<>();
        try {
            begin(connection);
            prepare(step.pieces().get(0).unit(), connection);
            if (step.pieces().stream().anyMatch(Piece::tracked)) {
                prepareProgress(step.pieces().get(0).unit(), connection);
            }
            for (Piece piece : step.pieces()) {
                Unit unit = piece.unit();
                if (guard.appliesTo(unit) && startsUnit(piece)) {
                    flush();
                    guard(unit);
                }
                // the server times a transaction; a unit of several steps spans several, so the client times it
                String timedByServer = piece.tracked() ? null : recorder.recordTimedByServer(unit);
                long start = unitStarts.computeIfAbsent(unit.version(), v -> System.nanoTime());
                for (Segment segment : piece.segments()) {
                    for (SqlStatement statement : segment.statements()) {
                        if (timedByServer != null && !statement.mayReturnRows()) {
                            batch.add(unit, statement, statement.sql());
                        } else {
                            flush();
                            execute(unit, statement);
                        }
                    }
                    if (segment != piece.last()) {
                        write(unit, saveProgress(unit, segment), timedByServer != null);
                    } else if (piece.endsUnit()) {
                        if (timedByServer != null) {
                            batch.add(unit, null, timedByServer);
                        } else {
                            long ms = elapsed(start);
                            clientTimes.put(unit.version(), ms);
                            record(unit, recorder.record(unit, ms));
                        }
                        if (piece.tracked()) {
                            write(unit, tracking.progress().deleteSql(unit.version(), tracking.direction()),
                                    timedByServer != null);
                        }
                        done.add(unit);
                        if (followsProgress()) {
                            // the unit's statements reach the server now, so that its line comes as it ends
                            flush();
                            finished(unit, clientTimes.getOrDefault(unit.version(), elapsed(start)));
                        }
                    } else {
                        write(unit, saveProgress(unit, segment), timedByServer != null);
                    }
                    if (step.commitsAfter(piece, segment)) {
                        commit(unit, connection, done, clientTimes);
                        rest = step.after(piece, segment);
                        partial = unit.file().display() + " steps 1 to " + segment.number() + " of "
                                + unit.segments().size() + " (recorded in " + tracking.progress().qualifiedName()
                                + ", a rerun resumes after them)";
                    }
                }
            }
            commit(step.pieces().get(step.pieces().size() - 1).unit(), connection, done, clientTimes);
            partial = null;
        } catch (RuntimeException e) {
            batch.clear();
            rollback(connection, e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // reported by the next use of the connection, if any
            }
        }
    }

    /** Whether {@code piece} is the first this run runs of its unit (the guard checks a unit there). */
    private boolean startsUnit(Piece piece) {
        return firstSegment.getOrDefault(piece.unit().version(), 1) == piece.segments().get(0).number();
    }

    private String saveProgress(Unit unit, Segment segment) {
        return tracking.progress().saveSql(unit.version(), tracking.direction(), segment.number(),
                unit.segments().size(), unit.file().checksum());
    }

    /** Adds bookkeeping {@code sql} to the JDBC batch, or runs it now. */
    private void write(Unit unit, String sql, boolean batched) {
        if (batched) {
            batch.add(unit, null, sql);
        } else {
            record(unit, sql);
        }
    }

    /** Sends what is batched, reads the server's times of the units recorded, commits, and counts them as done. */
    private void commit(Unit unit, Connection connection, List<Unit> done, Map<String, Long> clientTimes) {
        flush();
        Map<String, Long> times = clientTimes;
        if (done.stream().anyMatch(u -> !clientTimes.containsKey(u.version()))) {
            try {
                times = new HashMap<>(clientTimes);
                times.putAll(recorder.serverTimes(connection, done));
            } catch (SQLException e) {
                throw failed(done.get(done.size() - 1), null, e, "reading back its execution time");
            }
        }
        commit(unit, connection);
        for (Unit u : done) {
            committed.add(u.version());
            executed.add(executed(u, times.getOrDefault(u.version(), 0L)));
        }
        done.clear();
    }

    /**
     * Runs a non-transactional piece statement by statement in autocommit (each safe to retry, see
     * {@link ConcurrentIndex}; a lock timeout reruns the statement), then records it in a short transaction: the
     * history row when it ends its unit, its progress otherwise.
     */
    private void runAlone(Piece piece) {
        Unit unit = piece.unit();
        Connection connection = session.connection();
        if (guard.appliesTo(unit) && startsUnit(piece)) {
            guard(unit);
        }
        long start = unitStarts.computeIfAbsent(unit.version(), v -> System.nanoTime());
        for (SqlStatement statement : piece.statements()) {
            for (int attempt = 1; ; attempt++) {
                try {
                    if (prepareIndex(unit, statement)) {
                        execute(unit, statement);
                    }
                    break;
                } catch (MigrationFailedException e) {
                    if (e.errorClass() != ErrorClass.LOCK_TIMEOUT) {
                        throw e;
                    }
                    waitToRetry(e, unit, "statement " + statement.index() + " (line " + statement.line() + ")",
                            attempt);
                }
            }
        }
        requireNoOpenTransaction(unit, connection);
        long ms = elapsed(start);
        try {
            begin(connection);
            prepare(unit, connection);
            if (piece.tracked()) {
                prepareProgress(unit, connection);
            }
            if (piece.endsUnit()) {
                record(unit, recorder.record(unit, ms));
                if (piece.tracked()) {
                    record(unit, tracking.progress().deleteSql(unit.version(), tracking.direction()));
                }
            } else {
                record(unit, saveProgress(unit, piece.last()));
            }
            commit(unit, connection);
            if (piece.endsUnit()) {
                committed.add(unit.version());
                executed.add(executed(unit, ms));
                finished(unit, ms);
            }
        } catch (MigrationFailedException e) {
            rollback(connection, e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // reported by the next use of the connection, if any
            }
        }
    }

    /**
     * Before {@code CREATE [UNIQUE] INDEX CONCURRENTLY} in autocommit: drops an INVALID index of its name left by an
     * earlier build, and says whether to run the statement (not when a VALID one exists: it is built).
     */
    private boolean prepareIndex(Unit unit, SqlStatement statement) {
        var index = ConcurrentIndex.of(statement);
        if (index.isEmpty()) {
            return true;
        }
        try {
            return index.get().prepare(session.connection(), session.statement());
        } catch (SQLException e) {
            throw failed(unit, statement, e, null);
        }
    }

    private void prepareProgress(Unit unit, Connection connection) {
        try {
            tracking.progress().ensure(connection);
        } catch (SQLException e) {
            throw failed(unit, null, e, "preparing the progress table");
        }
    }

    /** Asks the guard about {@code unit}; a refusal says what the run applied before it and what it rolled back. */
    private void guard(Unit unit) {
        MigrationRefusedException refused = guard.check(unit);
        if (refused != null) {
            String before = unit.header().transactional() ? " The open transaction was rolled back." : "";
            throw new MigrationRefusedException(refused.reason(), refused.file().orElse(null), refused.description()
                    + before + " " + recordedSoFar(), refused.fix());
        }
    }

    /**
     * Refuses to record a migration run in autocommit that left a transaction of its own open (a {@code BEGIN}
     * without its {@code COMMIT}, allowed by {@code shale:allow transaction-control}): recording it would commit
     * that transaction's rest. The open transaction is rolled back.
     */
    private void requireNoOpenTransaction(Unit unit, Connection connection) {
        try {
            if (!connection.isWrapperFor(BaseConnection.class)
                    || connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE) {
                return;
            }
            session.statement().execute("ROLLBACK");
        } catch (SQLException e) {
            throw failed(unit, null, e, "checking that it closed its own transactions");
        }
        throw failure(unit, null, ErrorClass.OTHER, new DatabaseError(null, "the migration left a transaction of its"
                + " own open (a BEGIN without its COMMIT); the runner rolled that transaction back and did not record"
                + " the migration", null, null, 0), null, "ending its own transactions");
    }

    private void begin(Connection connection) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw session.failure("could not start a transaction", e);
        }
    }

    private void prepare(Unit unit, Connection connection) {
        try {
            recorder.prepare(connection);
        } catch (SQLException e) {
            throw failed(unit, null, e, "preparing the history table");
        }
    }

    private void record(Unit unit, String sql) {
        try {
            session.statement().execute(sql);
        } catch (SQLException e) {
            throw failed(unit, null, e, RECORDING);
        }
    }

    private void commit(Unit unit, Connection connection) {
        try {
            connection.commit();
            commits++;
        } catch (SQLException e) {
            throw failed(unit, null, e, "committing");
        }
    }

    private void execute(Unit unit, SqlStatement statement) {
        RunClock clock = session.clock();
        if (clock.expired()) {
            throw expired(unit, statement);
        }
        Statement jdbc;
        try {
            jdbc = session.statement();
        } catch (SQLException e) {
            throw failed(unit, statement, e, null);
        }
        clock.watch(jdbc);
        try {
            jdbc.execute(statement.sql());
            jdbc.clearWarnings();
        } catch (SQLException e) {
            throw failed(unit, statement, e, null);
        } finally {
            clock.watch(null);
        }
    }

    /** Sends the batched statements and records in one {@link Statement#executeBatch}, mapping a failure back. */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Batch.Entry first = batch.entry(0);
        RunClock clock = session.clock();
        if (clock.expired()) {
            batch.clear();
            throw expired(first.unit(), first.statement());
        }
        Statement jdbc;
        try {
            jdbc = session.statement();
        } catch (SQLException e) {
            batch.clear();
            throw failed(first.unit(), first.statement(), e, null);
        }
        clock.watch(jdbc);
        try {
            batch.execute(jdbc);
            jdbc.clearWarnings();
        } catch (BatchUpdateException e) {
            SQLException cause = Batch.serverError(e);
            Batch.Entry entry = batch.failedEntry(e);
            if (entry == null) {
                throw failed(first.unit(), null, cause, "running " + batch.describe()
                        + " in one batch (the driver did not say which statement failed)");
            }
            throw failed(entry.unit(), entry.statement(), cause, entry.statement() == null ? RECORDING : null);
        } catch (SQLException e) {
            throw failed(first.unit(), null, e, "running " + batch.describe() + " in one batch");
        } finally {
            clock.watch(null);
            batch.clear();
            try {
                jdbc.clearBatch();
            } catch (SQLException e) {
                // the connection broke; the failure above says so
            }
        }
    }

    private MigrationFailedException expired(Unit unit, SqlStatement statement) {
        String message = "the run exceeded its time limit of " + describe(session.clock().limit())
                + (statement == null ? " before recording it" : " before this statement");
        return failure(unit, statement, ErrorClass.RUN_TIMEOUT, new DatabaseError(null, message, null, null, 0),
                null, statement == null ? RECORDING : null);
    }

    private void rollback(Connection connection, Throwable primary) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            primary.addSuppressed(session.failure("could not roll back", e));
        }
    }

    private MigrationFailedException failed(Unit unit, SqlStatement statement, SQLException e, String phase) {
        ErrorClass errorClass = session.classify(e);
        return failure(unit, statement, errorClass, ErrorClassifier.describe(e, session.redactor()), e, phase);
    }

    private MigrationFailedException failure(Unit unit, SqlStatement statement, ErrorClass errorClass,
            DatabaseError error, SQLException cause, String phase) {
        FailedStatement failed = statement == null ? null : new FailedStatement(statement.index(), statement.line(),
                session.redactor().redact(statement.firstLine()), errorLine(statement, error.position()));
        StringBuilder message = new StringBuilder(unit.file().display());
        if (failed != null) {
            message.append(" failed at statement ").append(failed.index()).append(" (line ").append(failed.line())
                    .append("): ").append(failed.firstLine());
        } else {
            message.append(" failed while ").append(phase == null ? "running" : phase);
        }
        message.append("\nPostgreSQL: ").append(error.message());
        if (error.sqlState() != null) {
            message.append(" (SQLSTATE ").append(error.sqlState()).append(')');
        }
        if (error.detail() != null) {
            message.append("\nDetail: ").append(error.detail());
        }
        if (error.hint() != null) {
            message.append("\nHint: ").append(error.hint());
        }
        if (failed != null && failed.errorLine() > 0) {
            message.append("\nPosition: line ").append(failed.errorLine()).append(" of ").append(unit.file().display());
        }
        String hint = errorClass == ErrorClass.OBJECT_EXISTS && commitsBefore(unit, statement)
                ? interruptedRunHint(unit) : errorClass.hint();
        message.append('\n').append(errorClass).append(": ").append(hint).append('.');
        message.append('\n').append(outcome(unit));
        return new MigrationFailedException(message.toString(), errorClass, hint, error, unit.file().display(),
                unit.version(), failed, committed, cause);
    }

    /**
     * Whether a run of {@code unit} commits work before {@code statement} is recorded: the unit runs outside a
     * transaction, or an enum value addition at or after the statement is committed early. Then an earlier run of
     * Shale itself, interrupted before recording, may have left what the statement creates.
     */
    private static boolean commitsBefore(Unit unit, SqlStatement statement) {
        return unit.hasNonTransactionalStep() || statement != null && unit.statements().stream()
                .anyMatch(s -> s.isEnumValueAddition() && s.index() >= statement.index());
    }

    private static String interruptedRunHint(Unit unit) {
        String how = !unit.header().transactional() ? "runs outside a transaction (shale:transactional false)"
                : unit.hasNonTransactionalStep() ? "has non-transactional steps"
                : "commits an enum value addition before it is recorded";
        return "the object already exists, and " + unit.file().display() + " " + how + ", so an earlier run of this"
                + " migration may have been interrupted after creating it: compare the database with shale check --db;"
                + " if that run did all its work, record it with shale migrate --mark-applied " + unit.version()
                + " (it checks the schema first), otherwise drop what it left and migrate again (an INVALID index left"
                + " by CREATE INDEX CONCURRENTLY too: drop it and migrate again)";
    }

    private String outcome(Unit unit) {
        StringBuilder out = new StringBuilder();
        if (!unit.header().transactional()) {
            out.append(unit.file().display()).append(" runs outside a transaction (shale:transactional false):"
                    + " its statements before the failing one stay applied, and it was not recorded. ");
        } else if (unit.hasNonTransactionalStep()) {
            out.append(unit.file().display()).append(" has non-transactional steps: the statements of such a step"
                    + " before the failing one stay applied; the steps recorded in the progress table are kept, and a"
                    + " rerun resumes at the first unfinished step. ");
        } else {
            out.append("The open transaction was rolled back. ");
        }
        return out.append(recordedSoFar()).toString().strip();
    }

    /** What the run committed so far: nothing, or the migrations it recorded and an early-committed enum value. */
    private String recordedSoFar() {
        StringBuilder out = new StringBuilder();
        if (partial != null) {
            out.append("Committed before the failure and kept: ").append(partial)
                    .append(" (an enum value must be committed before it is used). ");
        }
        if (committed.isEmpty()) {
            out.append("No migration of this run was recorded.");
        } else {
            out.append("Applied and recorded before the failure: ").append(String.join(", ", committed)).append('.');
        }
        return out.toString();
    }

    private static int errorLine(SqlStatement statement, int position) {
        if (position <= 0) {
            return 0;
        }
        String sql = statement.sql();
        int line = statement.line();
        for (int i = 0; i < Math.min(position - 1, sql.length()); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whether the run's listener is told of each migration as it finishes. */
    private boolean followsProgress() {
        return tracking.listener() != RunListener.NONE;
    }

    /** Tells the listener, once, that {@code unit} finished in {@code ms}. */
    private void finished(Unit unit, long ms) {
        if (followsProgress() && finished.add(unit.version())) {
            tracking.listener().migrationFinished(executed(unit, ms));
        }
    }

    private static ExecutedMigration executed(Unit unit, long ms) {
        return new ExecutedMigration(unit.version(), unit.migration().name(), unit.file().display(), ms);
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String describe(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
