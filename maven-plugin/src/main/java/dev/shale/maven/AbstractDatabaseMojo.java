package dev.shale.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** The connection options of the goals that read or change the database (check, migrate, status, lint). */
public abstract class AbstractDatabaseMojo extends AbstractShaleMojo {

    /** The schema of the history table shale_migrations (default: public). */
    @Parameter(property = "shale.historySchema")
    protected String historySchema;

    /** PostgreSQL lock_timeout of the run, such as 500ms (0 for none). */
    @Parameter(property = "shale.lockTimeout")
    protected String lockTimeout;

    /** PostgreSQL statement_timeout of the run (default: none). */
    @Parameter(property = "shale.statementTimeout")
    protected String statementTimeout;

    /** The limit of the whole run, connecting and waiting included (default: 1h; 0 for none). */
    @Parameter(property = "shale.timeout")
    protected String timeout;

    /** How often to retry a refused connection (default: 5). */
    @Parameter(property = "shale.connectRetries")
    protected Integer connectRetries;

    /** The wait before the first connection retry, doubling up to 30s (default: 1s). */
    @Parameter(property = "shale.connectRetryDelay")
    protected String connectRetryDelay;

    /** Adds the connection options the pom set. */
    ShaleArguments withDatabaseOptions(ShaleArguments command) {
        return command.option("--history-schema", historySchema)
                .option("--lock-timeout", lockTimeout)
                .option("--statement-timeout", statementTimeout)
                .option("--timeout", timeout)
                .option("--connect-retries", connectRetries)
                .option("--connect-retry-delay", connectRetryDelay);
    }
}
