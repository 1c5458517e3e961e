package dev.shale.migrations.runner;

import dev.shale.migrations.runner.errors.Redactor;
import java.sql.Connection;
import java.sql.SQLException;

/** Where a run gets its one connection: a {@code DataSource}, or a URL with retries. */
public interface ConnectionSource {

    /**
     * A new connection; the caller closes it.
     *
     * @throws dev.shale.api.DatabaseException classified, redacted, after any retries
     */
    Connection open(RunClock clock);

    /**
     * Whether the server accepts a new connection now, tried once: after a connection broke, this tells a
     * terminated backend (the server answers) from a server that shut down.
     */
    default boolean answers(RunClock clock) {
        try (Connection connection = open(clock)) {
            return connection.isValid(0);
        } catch (RuntimeException | SQLException e) {
            return false;
        }
    }

    /** The redactor that knows this source's secrets. */
    Redactor redactor();
}
