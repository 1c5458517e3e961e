package dev.shale.junit;

/**
 * A {@link ShaleDatabase} could not be provided: no server, no migrations, a migration failed (the message then
 * carries Shale's own, naming the migration file), or a database could not be created or dropped.
 */
public class ShaleTestDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ShaleTestDatabaseException(String message) {
        super(message);
    }

    public ShaleTestDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
