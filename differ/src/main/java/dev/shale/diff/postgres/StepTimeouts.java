package dev.shale.diff.postgres;

import java.util.List;
import java.util.Objects;

/**
 * The {@code lock_timeout} and {@code statement_timeout} a step sets first, as PostgreSQL setting values
 * ({@code '500ms'}, {@code '1min'}, {@code '0'} for none). The lock timeout is short because it bounds how long the
 * application's queries queue behind a statement waiting for its lock; the runner retries a timeout with backoff.
 */
public record StepTimeouts(String lockTimeout, String statementTimeout) {

    /** Quick DDL: a short wait for locks, a minute per statement. */
    public static final StepTimeouts QUICK = new StepTimeouts("500ms", "1min");

    /** Index builds, validations and fills: a short wait for locks, no limit on the statement (long by nature). */
    public static final StepTimeouts LONG = new StepTimeouts("500ms", "0");

    public StepTimeouts {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
    }

    /** {@code SET lock_timeout = '500ms'} and {@code SET statement_timeout = '1min'}, without semicolons. */
    public List<String> statements() {
        return List.of("SET lock_timeout = '" + lockTimeout + "'",
                "SET statement_timeout = '" + statementTimeout + "'");
    }
}
