package dev.shale.api;

/**
 * The server is a PostgreSQL major version Shale does not support (older than 13): refused on connect, before
 * anything is read or run. The CLI maps it, like every {@link DatabaseException}, to exit code 3.
 */
public class UnsupportedServerException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final String serverVersion;
    private final int minimumMajor;

    public UnsupportedServerException(String message, String serverVersion, int minimumMajor) {
        super(message, ErrorClass.UNSUPPORTED_VERSION, new DatabaseError(null, message, null, null, 0), null);
        this.serverVersion = serverVersion;
        this.minimumMajor = minimumMajor;
    }

    /** The version the server reported, such as {@code 12.22}. */
    public String serverVersion() {
        return serverVersion;
    }

    /** The oldest major version Shale supports. */
    public int minimumMajor() {
        return minimumMajor;
    }
}
