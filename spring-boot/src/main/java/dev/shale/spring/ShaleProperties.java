package dev.shale.spring;

import dev.shale.api.TransactionMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code shale.*} properties: where the migrations are and how the start-up migration runs. The defaults are
 * the runner's own ({@code RunnerSettings.DEFAULTS}, {@code MigrateOptions.DEFAULTS}).
 */
@ConfigurationProperties("shale")
public class ShaleProperties {

    /** Whether to migrate the database at start-up and expose Shale's health and endpoint. */
    private boolean enabled = true;

    /**
     * Where the migrations and their shale.sum are: one location, "classpath:db/shale" (a folder or a jar
     * directory on the class path) or "filesystem:path/to/migrations". A location without a prefix is on the
     * class path.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/shale"));

    /** Whether start-up fails when the location does not exist; when false, Shale logs a warning and skips. */
    private boolean failOnMissingLocations = true;

    /** The schema of the history table shale_migrations (created with the table when missing). */
    private String historySchema = "public";

    /** The last version to apply (14 digits); empty for every pending migration. */
    private String target;

    /** Whether to run the pre-flight data checks (shale:requires header lines) before anything changes. */
    private boolean dataChecks = true;

    /** PostgreSQL's lock_timeout for the run, so a migration never queues behind a long transaction; 0 for none. */
    private Duration lockTimeout = Duration.ofMillis(500);

    /** How many times a transaction or statement that hit lock_timeout is rolled back and run again. */
    private int lockRetries = 5;

    /** The wait before the first lock-timeout retry; it doubles up to 30 seconds, with jitter. */
    private Duration lockRetryBackoff = Duration.ofSeconds(1);

    /** PostgreSQL's statement_timeout for the run; 0 for none. */
    private Duration statementTimeout = Duration.ZERO;

    /** How long to wait for another instance's migration lock (instances starting together migrate once). */
    private Duration lockWait = Duration.ofMinutes(5);

    /** The time limit of the whole run: connecting, waiting for the lock, running; 0 for none. */
    private Duration runTimeout = Duration.ofHours(1);

    /** BATCH: every pending migration in one transaction; EACH: one transaction per migration. */
    private TransactionMode transactionMode = TransactionMode.BATCH;

    /** Whether to apply pending migrations older than the newest applied one. */
    private boolean allowOutOfOrder;

    /** Whether to apply migrations that lose data the database holds (their shale:loses header lines). */
    private boolean allowDataLoss;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public boolean isFailOnMissingLocations() {
        return failOnMissingLocations;
    }

    public void setFailOnMissingLocations(boolean failOnMissingLocations) {
        this.failOnMissingLocations = failOnMissingLocations;
    }

    public String getHistorySchema() {
        return historySchema;
    }

    public void setHistorySchema(String historySchema) {
        this.historySchema = historySchema;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public boolean isDataChecks() {
        return dataChecks;
    }

    public void setDataChecks(boolean dataChecks) {
        this.dataChecks = dataChecks;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public int getLockRetries() {
        return lockRetries;
    }

    public void setLockRetries(int lockRetries) {
        this.lockRetries = lockRetries;
    }

    public Duration getLockRetryBackoff() {
        return lockRetryBackoff;
    }

    public void setLockRetryBackoff(Duration lockRetryBackoff) {
        this.lockRetryBackoff = lockRetryBackoff;
    }

    public Duration getStatementTimeout() {
        return statementTimeout;
    }

    public void setStatementTimeout(Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    public Duration getLockWait() {
        return lockWait;
    }

    public void setLockWait(Duration lockWait) {
        this.lockWait = lockWait;
    }

    public Duration getRunTimeout() {
        return runTimeout;
    }

    public void setRunTimeout(Duration runTimeout) {
        this.runTimeout = runTimeout;
    }

    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public boolean isAllowOutOfOrder() {
        return allowOutOfOrder;
    }

    public void setAllowOutOfOrder(boolean allowOutOfOrder) {
        this.allowOutOfOrder = allowOutOfOrder;
    }

    public boolean isAllowDataLoss() {
        return allowDataLoss;
    }

    public void setAllowDataLoss(boolean allowDataLoss) {
        this.allowDataLoss = allowDataLoss;
    }
}
