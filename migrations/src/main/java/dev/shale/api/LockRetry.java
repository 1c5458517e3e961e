package dev.shale.api;

import java.time.Duration;
import java.util.Objects;

/**
 * A retry after a lock timeout: the file and what is rerun ({@code step 2 of 3}, {@code the batch transaction},
 * {@code statement 4}), which retry this is and how many are allowed, the wait before it, and PostgreSQL's message.
 */
public record LockRetry(String file, String what, int attempt, int retries, Duration delay, String message) {

    public LockRetry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(message, "message");
    }

    /** One line for a console: {@code lock timeout in F (step 2 of 3): retry 1 of 5 in 1.2s: MESSAGE}. */
    public String describe() {
        return "lock timeout in " + file + " (" + what + "): retry " + attempt + " of " + retries + " in "
                + delay.toMillis() / 100 / 10.0 + "s: " + message;
    }
}
