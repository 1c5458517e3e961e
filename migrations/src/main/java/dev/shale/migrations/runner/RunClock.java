package dev.shale.migrations.runner;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The time limit of one run: a deadline every wait is bounded by, and a watchdog thread that, when
 * the limit runs out, cancels the statement running at that moment ({@link Statement#cancel()}),
 * since a statement does not look at the clock. A zero limit means none.
 */
public final class RunClock implements AutoCloseable {

    private final Duration limit;
    private final long deadlineNanos;
    private final AtomicBoolean fired = new AtomicBoolean();
    private final ScheduledExecutorService watchdog;
    private volatile Statement watched;

    private RunClock(Duration limit) {
        this.limit = limit;
        this.deadlineNanos = limit.isZero() ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
        if (limit.isZero()) {
            this.watchdog = null;
        } else {
            this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "shale-run-watchdog");
                thread.setDaemon(true);
                return thread;
            });
            watchdog.schedule(this::fire, limit.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Starts the clock; zero means no limit. */
    public static RunClock start(Duration limit) {
        return new RunClock(limit);
    }

    /** The limit, zero for none. */
    public Duration limit() {
        return limit;
    }

    /** Whether the limit ran out. */
    public boolean expired() {
        return fired.get() || System.nanoTime() - deadlineNanos >= 0 && deadlineNanos != Long.MAX_VALUE;
    }

    /** What is left, in milliseconds ({@link Long#MAX_VALUE} without a limit, 0 once expired). */
    public long remainingMillis() {
        if (deadlineNanos == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    /** The statement to cancel if the limit runs out while it runs; null to watch nothing. */
    public void watch(Statement statement) {
        this.watched = statement;
        if (statement != null && fired.get()) {
            cancel(statement);
        }
    }

    private void fire() {
        fired.set(true);
        Statement statement = watched;
        if (statement != null) {
            cancel(statement);
        }
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            // the statement ended or the connection broke; either way it no longer runs
        }
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
    }
}
