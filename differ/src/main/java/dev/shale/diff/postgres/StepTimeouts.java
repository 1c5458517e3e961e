package dev.shale.diff.postgres;

import java.util.List;
import java.util.Objects;

/**
 * The {@code lock_timeout} and {@code statement_timeout} a step sets first, as PostgreSQL setting values
 * ({@code '2s'}, {@code '1min'}, {@code '0'} for none).
 */
public record StepTimeouts(String lockTimeout, String statementTimeout) {

    /** Quick DDL: a short wait for locks, a minute per statement. */
    public static final StepTimeouts QUICK = new StepTimeouts("2s", "1min");

    /** Index builds, validations and fills: a short wait for locks, no limit on the statement (long by nature). */
    public static final StepTimeouts LONG = new StepTimeouts("2s", "0");

    public StepTimeouts {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
    }

    /** {@code SET lock_timeout = '2s'} and {@code SET statement_timeout = '1min'}, without semicolons. */
    public List<String> statements() {
        return List.of("SET lock_timeout = '" + lockTimeout + "'",
                "SET statement_timeout = '" + statementTimeout + "'");
    }
}
