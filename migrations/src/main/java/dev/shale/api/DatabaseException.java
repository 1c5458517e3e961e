package dev.shale.api;

import java.util.Objects;

/**
 * A database failure outside a migration's statements: connecting, authenticating, taking the
 * migration lock, reading or writing the history, a run timeout between statements. The CLI maps
 * it to exit code 3. {@link #errorClass()} says what kind of failure it is and how to recover.
 */
public class DatabaseException extends ShaleException {

    private static final long serialVersionUID = 1L;

    private final ErrorClass errorClass;
    private final transient DatabaseError error;

    public DatabaseException(String message, ErrorClass errorClass, DatabaseError error, Throwable cause) {
        super(message, cause);
        this.errorClass = Objects.requireNonNull(errorClass, "errorClass");
        this.error = Objects.requireNonNull(error, "error");
    }

    /** The kind of failure. */
    public ErrorClass errorClass() {
        return errorClass;
    }

    /** The recovery hint of the class. */
    public String hint() {
        return errorClass.hint();
    }

    /** What PostgreSQL or the driver said. */
    public DatabaseError error() {
        return error;
    }
}
