package dev.shale.migrations.runner;

import dev.shale.migrations.runner.errors.Redactor;
import java.sql.Connection;

/** Where a run gets its one connection: a {@code DataSource}, or a URL with retries. */
public interface ConnectionSource {

    /**
     * A new connection; the caller closes it.
     *
     * @throws dev.shale.api.DatabaseException classified, redacted, after any retries
     */
    Connection open(RunClock clock);

    /** The redactor that knows this source's secrets. */
    Redactor redactor();
}
