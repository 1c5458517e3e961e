package dev.shale.reader;

import java.util.Objects;

/**
 * One declaration Shale cannot map: the class, the component (or {@code null} for the type
 * itself), what is wrong, and how to fix it.
 */
public record DeclarationProblem(String className, String component, String message, String fix) {
    public DeclarationProblem {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** {@code com.example.User.email: message (fix: ...)}. */
    @Override
    public String toString() {
        return className + (component == null ? "" : "." + component) + ": " + message + " Fix: " + fix;
    }
}
