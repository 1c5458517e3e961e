package dev.shale.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What PostgreSQL (or the driver) said: the message, detail, hint and 1-based character position in
 * the statement when the server sent them, and the SQLSTATE. Fields are redacted of passwords.
 */
public record DatabaseError(String sqlState, String message, String detail, String hint, int position) {

    public DatabaseError {
        Objects.requireNonNull(message, "message");
    }

    /** The SQLSTATE, such as {@code 42P07}, when known. */
    public Optional<String> sqlStateIfKnown() {
        return Optional.ofNullable(sqlState);
    }

    /** The server's DETAIL, if any. */
    public Optional<String> detailIfAny() {
        return Optional.ofNullable(detail);
    }

    /** The server's HINT, if any. */
    public Optional<String> hintIfAny() {
        return Optional.ofNullable(hint);
    }
}
