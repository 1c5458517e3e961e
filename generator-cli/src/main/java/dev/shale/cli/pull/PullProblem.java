package dev.shale.cli.pull;

import java.util.Objects;

/** Something in the database that records cannot declare exactly: the object, what is wrong, the fix. */
public record PullProblem(String object, String message, String fix) {

    public PullProblem {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** Two lines for the console: {@code   table public.logs: has no primary key ...} and its fix. */
    @Override
    public String toString() {
        return "  " + object + ": " + message + "\n    fix: " + fix;
    }
}
