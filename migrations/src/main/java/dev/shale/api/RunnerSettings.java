package dev.shale.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings every command shares. Defaults ({@link #DEFAULTS}):
 * <ul>
 * <li>{@code historySchema} {@code public}: the schema of the history table {@code shale_migrations}
 *     (created with the table when missing);</li>
 * <li>{@code lockWait} 5 minutes: how long to wait for another runner's migration lock;</li>
 * <li>{@code lockTimeout} 500 milliseconds: PostgreSQL's {@code lock_timeout} for the run, so a migration
 *     never queues behind a long transaction while blocking the application behind it for long (a timeout is
 *     retried, see {@code lockRetries}); zero means none;</li>
 * <li>{@code statementTimeout} zero (none): PostgreSQL's {@code statement_timeout} for the run;</li>
 * <li>{@code runTimeout} 1 hour: the limit of the whole run (connecting, waiting for the lock, running);
 *     when it runs out the running statement is cancelled; zero means none;</li>
 * <li>{@code connectRetries} 5 and {@code connectRetryDelay} 1 second, doubling up to 30 seconds: only
 *     for connection-refused failures, and only when Shale opens the connection from a URL (a
 *     {@code DataSource} retries, or not, on its own);</li>
 * <li>{@code lockRetries} 5 and {@code lockRetryBackoff} 1 second, doubling up to 30 seconds, each wait drawn
 *     between half and all of it (jitter): a transaction (a step or the batch) that hits {@code lock_timeout}
 *     (SQLSTATE 55P03) is rolled back and rerun, a statement of a non-transactional step rerun.</li>
 * </ul>
 * The session's previous {@code lock_timeout} and {@code statement_timeout} are restored afterwards,
 * so a pooled connection goes back unchanged. Every duration is zero or more; {@code lockTimeout} and
 * {@code statementTimeout} at most {@link #MAX_POSTGRES_TIMEOUT} (PostgreSQL keeps them in an int of
 * milliseconds), the others at most {@link #MAX_DURATION}.
 */
public record RunnerSettings(String historySchema, Duration lockWait, Duration lockTimeout,
        Duration statementTimeout, Duration runTimeout, int connectRetries, Duration connectRetryDelay,
        int lockRetries, Duration lockRetryBackoff) {

    /** The longest wait between two lock-timeout retries: the backoff doubles up to it. */
    public static final Duration MAX_LOCK_RETRY_WAIT = Duration.ofSeconds(30);

    /** The longest {@code lock_timeout} or {@code statement_timeout} PostgreSQL accepts: 2147483647 ms (24d20h31m). */
    public static final Duration MAX_POSTGRES_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    /** The longest lock wait, run timeout and connect retry delay: 365 days, far from any overflow. */
    public static final Duration MAX_DURATION = Duration.ofDays(365);

    /** The defaults listed above. */
    public static final RunnerSettings DEFAULTS = new RunnerSettings("public", Duration.ofMinutes(5),
            Duration.ofMillis(500), Duration.ZERO, Duration.ofHours(1), 5, Duration.ofSeconds(1), 5,
            Duration.ofSeconds(1));

    public RunnerSettings {
        Objects.requireNonNull(historySchema, "historySchema");
        if (historySchema.isEmpty() || historySchema.getBytes(StandardCharsets.UTF_8).length > 63
                || historySchema.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("historySchema must be a schema name of 1 to 63 bytes: \""
                    + historySchema + "\"");
        }
        within(lockWait, MAX_DURATION, "lockWait");
        within(lockTimeout, MAX_POSTGRES_TIMEOUT, "lockTimeout");
        within(statementTimeout, MAX_POSTGRES_TIMEOUT, "statementTimeout");
        within(runTimeout, MAX_DURATION, "runTimeout");
        within(connectRetryDelay, MAX_DURATION, "connectRetryDelay");
        within(lockRetryBackoff, MAX_DURATION, "lockRetryBackoff");
        if (lockRetries < 0) {
            throw new IllegalArgumentException("lockRetries must be 0 or more: " + lockRetries);
        }
        if (connectRetries < 0) {
            throw new IllegalArgumentException("connectRetries must be 0 or more: " + connectRetries);
        }
    }

    /** Settings with the default lock-timeout retries (5, from 1 second). */
    public RunnerSettings(String historySchema, Duration lockWait, Duration lockTimeout, Duration statementTimeout,
            Duration runTimeout, int connectRetries, Duration connectRetryDelay) {
        this(historySchema, lockWait, lockTimeout, statementTimeout, runTimeout, connectRetries, connectRetryDelay, 5,
                Duration.ofSeconds(1));
    }

    private static void within(Duration value, Duration max, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be from 0 to " + max + ": " + value);
        }
    }

    public RunnerSettings withHistorySchema(String value) {
        return new RunnerSettings(value, lockWait, lockTimeout, statementTimeout, runTimeout, connectRetries,
                connectRetryDelay, lockRetries, lockRetryBackoff);
    }

    public RunnerSettings withLockWait(Duration value) {
        return new RunnerSettings(historySchema, value, lockTimeout, statementTimeout, runTimeout, connectRetries,
                connectRetryDelay, lockRetries, lockRetryBackoff);
    }

    public RunnerSettings withLockTimeout(Duration value) {
        return new RunnerSettings(historySchema, lockWait, value, statementTimeout, runTimeout, connectRetries,
                connectRetryDelay, lockRetries, lockRetryBackoff);
    }

    public RunnerSettings withStatementTimeout(Duration value) {
        return new RunnerSettings(historySchema, lockWait, lockTimeout, value, runTimeout, connectRetries,
                connectRetryDelay, lockRetries, lockRetryBackoff);
    }

    public RunnerSettings withRunTimeout(Duration value) {
        return new RunnerSettings(historySchema, lockWait, lockTimeout, statementTimeout, value, connectRetries,
                connectRetryDelay, lockRetries, lockRetryBackoff);
    }

    public RunnerSettings withConnectRetries(int retries, Duration delay) {
        return new RunnerSettings(historySchema, lockWait, lockTimeout, statementTimeout, runTimeout, retries, delay,
                lockRetries, lockRetryBackoff);
    }

    /** These settings retrying a lock timeout {@code retries} times, waiting {@code backoff} first, doubling up to 30s. */
    public RunnerSettings withLockRetries(int retries, Duration backoff) {
        return new RunnerSettings(historySchema, lockWait, lockTimeout, statementTimeout, runTimeout, connectRetries,
                connectRetryDelay, retries, backoff);
    }
}
