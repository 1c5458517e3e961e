package dev.shale.api;

/**
 * The root of every failure the runner reports. Messages are complete sentences meant for users,
 * name the file or the statement at fault and the fix, and never contain a password.
 */
public abstract class ShaleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ShaleException(String message, Throwable cause) {
        super(message, cause);
    }
}
