package dev.shale.cli;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.MigrationSource;
import dev.shale.api.RunnerSettings;
import dev.shale.cli.config.ConfigLoader;
import dev.shale.cli.config.ShaleConfig;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options of every command that connects: the database URL, the history schema, timeouts and connect
 * retries. Unset options keep {@link RunnerSettings#DEFAULTS}.
 */
final class DatabaseOptions {

    /** The project, its migrations and the database a command works on. */
    record Target(ShaleConfig config, MigrationSource source, DatabaseUrl url) {
    }

    @Option(names = "--url", paramLabel = "URL",
            description = "The database (jdbc:postgresql://host:5432/db?user=NAME or postgresql://user@host/db);"
                    + " overrides SHALE_DATABASE_URL, DATABASE_URL and database.url of shale.yaml."
                    + " A password missing from it is read from PGPASSWORD or .pgpass.")
    String url;

    @Option(names = "--history-schema", paramLabel = "SCHEMA",
            description = "The schema of the history table shale_migrations (default: public).")
    String historySchema;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.PostgresTimeout.class,
            description = "PostgreSQL lock_timeout for the run: how long one statement may wait for a table lock"
                    + " (default: 500ms, retried on timeout; 0 for none).")
    Duration lockTimeout;

    @Option(names = "--statement-timeout", paramLabel = "DURATION", converter = DurationConverter.PostgresTimeout.class,
            description = "PostgreSQL statement_timeout for the run (default: 0, none).")
    Duration statementTimeout;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The limit of the whole run, connecting and waiting included (default: 1h; 0 for none).")
    Duration timeout;

    @Option(names = "--connect-retries", paramLabel = "N", converter = CountConverter.class,
            description = "How often to retry a refused connection (default: 5).")
    Integer connectRetries;

    @Option(names = "--connect-retry-delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The wait before the first retry, doubling up to 30s (default: 1s).")
    Duration connectRetryDelay;

    @Option(names = "--lock-retries", paramLabel = "N", converter = CountConverter.class,
            description = "How often to retry a transaction or statement that hit lock_timeout (default: 5; 0 for"
                    + " never); overrides SHALE_LOCK_RETRIES and database.lockRetries of shale.yaml.")
    Integer lockRetries;

    @Option(names = "--lock-retry-backoff", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The wait before the first lock-timeout retry, doubling up to 30s, with jitter (default: 1s);"
                    + " overrides SHALE_LOCK_RETRY_BACKOFF and database.lockRetryBackoff of shale.yaml.")
    Duration lockRetryBackoff;

    /**
     * The project in {@code shale}'s directory and its database. Registers the password with
     * {@code shale} so no error message can show it.
     *
     * @throws CommandException (exit code 2) when no URL is configured or it cannot be read
     */
    Target resolve(ShaleCommand shale) {
        return resolve(shale, new ConfigLoader(shale.environment()).load(shale.projectDir(), List.of(), List.of()));
    }

    /** The database of a project whose configuration the command has loaded already; see {@link #resolve(ShaleCommand)}. */
    Target resolve(ShaleCommand shale, ShaleConfig config) {
        String text = url != null ? url : config.databaseUrl();
        if (text == null || text.isBlank()) {
            throw new CommandException(ExitCode.USAGE, "no database is configured; nothing was run",
                    "set DATABASE_URL (or SHALE_DATABASE_URL), set database.url in shale.yaml, or pass"
                            + " --url jdbc:postgresql://HOST:5432/DATABASE?user=NAME");
        }
        DatabaseUrl database = parseUrl(shale, text, "fix --url, DATABASE_URL or database.url in shale.yaml");
        return new Target(config, MigrationSource.folder(config.migrationsDir()), database);
    }

    /**
     * The database of a URL text, its password completed from {@code PGPASSWORD} or {@code .pgpass} and
     * registered with {@code shale} so no output shows it.
     *
     * @throws CommandException (exit code 2) when the text is not a PostgreSQL URL; {@code fix} says where it came from
     */
    static DatabaseUrl parseUrl(ShaleCommand shale, String text, String fix) {
        shale.addSecrets(DatabaseUrl.secretsIn(text));
        DatabaseUrl database;
        try {
            database = DatabaseUrl.parse(text).withPasswordFrom(shale.environment());
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, e.getMessage() + "; nothing was run", fix, e);
        }
        shale.addSecrets(database.secrets());
        return database;
    }

    /**
     * The runner settings these options give over the project's configuration (its lock-timeout retries);
     * {@code lockWait} is kept when null.
     */
    RunnerSettings settings(Duration lockWait, ShaleConfig config) {
        RunnerSettings settings = settings(lockWait);
        if (lockRetries != null && lockRetries < 0) {
            throw new CommandException(ExitCode.USAGE, "--lock-retries must be 0 or more, not " + lockRetries,
                    "pass --lock-retries 0 to never retry after a lock timeout");
        }
        int retries = lockRetries != null ? lockRetries
                : config.lockRetries() != null ? config.lockRetries() : settings.lockRetries();
        Duration backoff = lockRetryBackoff != null ? lockRetryBackoff
                : config.lockRetryBackoff() != null ? config.lockRetryBackoff() : settings.lockRetryBackoff();
        return settings.withLockRetries(retries, backoff);
    }

    /** The runner settings these options give; {@code lockWait} is kept when null. */
    RunnerSettings settings(Duration lockWait) {
        RunnerSettings settings = RunnerSettings.DEFAULTS;
        if (connectRetries != null && connectRetries < 0) {
            throw new CommandException(ExitCode.USAGE, "--connect-retries must be 0 or more, not " + connectRetries,
                    "pass --connect-retries 0 to try once");
        }
        settings = withHistorySchema(settings, historySchema);
        try {
            if (lockWait != null) {
                settings = settings.withLockWait(lockWait);
            }
            if (lockTimeout != null) {
                settings = settings.withLockTimeout(lockTimeout);
            }
            if (statementTimeout != null) {
                settings = settings.withStatementTimeout(statementTimeout);
            }
            if (timeout != null) {
                settings = settings.withRunTimeout(timeout);
            }
            if (connectRetries != null || connectRetryDelay != null) {
                settings = settings.withConnectRetries(
                        connectRetries == null ? settings.connectRetries() : connectRetries,
                        connectRetryDelay == null ? settings.connectRetryDelay() : connectRetryDelay);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, "--history-schema must name a schema of 1 to 63 bytes: \""
                    + historySchema + "\"", "pass the schema of the history table, such as --history-schema public", e);
        }
        return settings;
    }

    /**
     * {@code settings} with the history table in {@code schema} (kept when null).
     *
     * @throws CommandException (exit code 2) when {@code schema} is no schema name
     */
    static RunnerSettings withHistorySchema(RunnerSettings settings, String schema) {
        if (schema == null) {
            return settings;
        }
        try {
            return settings.withHistorySchema(schema);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, "--history-schema must name a schema of 1 to 63 bytes: \""
                    + schema + "\"", "pass the schema of the history table, such as --history-schema public", e);
        }
    }
}
