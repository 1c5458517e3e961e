package dev.shale.migrations.runner.connect;

import dev.shale.api.DatabaseError;
import dev.shale.api.DatabaseException;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.ErrorClass;
import dev.shale.migrations.runner.ConnectionSource;
import dev.shale.migrations.runner.RunClock;
import dev.shale.migrations.runner.errors.ErrorClassifier;
import dev.shale.migrations.runner.errors.Redactor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Connections opened from a {@link DatabaseUrl}. A connection-refused failure (the server is down or
 * still starting) is retried {@code retries} times, waiting {@code delay}, then twice as long each time
 * up to 30 seconds, within the run's time limit; other failures (an unknown host, SSL, authentication,
 * a bad URL parameter, a missing database, ...) fail at once. Each attempt is bounded by the run's time
 * left. A server older than PostgreSQL 13 is refused ({@link ServerVersion}).
 */
public final class UrlConnections implements ConnectionSource {

    private static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final DatabaseUrl url;
    private final int retries;
    private final Duration delay;
    private final Redactor redactor;

    public UrlConnections(DatabaseUrl url, int retries, Duration delay) {
        this.url = Objects.requireNonNull(url, "url");
        this.retries = retries;
        this.delay = Objects.requireNonNull(delay, "delay");
        this.redactor = new Redactor(url.secrets());
    }

    @Override
    public Connection open(RunClock clock) {
        return open(clock, retries);
    }

    @Override
    public boolean answers(RunClock clock) {
        try (Connection connection = open(clock, 0)) {
            return connection.isValid(0);
        } catch (DatabaseException | SQLException e) {
            return false;
        }
    }

    private Connection open(RunClock clock, int retries) {
        Properties properties = url.connectionProperties();
        properties.putIfAbsent("ApplicationName", "shale");
        Driver driver = new Driver();
        long wait = delay.toMillis();
        int attempt = 0;
        while (true) {
            attempt++;
            SQLException failure;
            long remaining = clock.remainingMillis();
            if (remaining != Long.MAX_VALUE) {
                // the watchdog cannot cancel a connection attempt (a port that accepts and never answers):
                // the driver's login timeout bounds it by the time the run has left; a URL's own loginTimeout wins
                properties.setProperty("loginTimeout", String.valueOf(Math.max(1, (remaining + 999) / 1000)));
            }
            try {
                Connection connection = driver.connect(url.jdbcUrl(), properties);
                if (connection == null) {
                    throw new IllegalArgumentException("the PostgreSQL driver does not accept " + url.redacted());
                }
                ServerVersion.check(connection, url.redacted());
                return connection;
            } catch (SQLException e) {
                failure = e;
            }
            boolean retryable = ErrorClassifier.isRetryable(failure);
            if (!retryable || attempt > retries || clock.remainingMillis() <= wait) {
                throw failed(failure, attempt, retryable && clock.expired());
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(failure, attempt, false);
            }
            wait = Math.min(wait * 2, MAX_DELAY.toMillis());
        }
    }

    private DatabaseException failed(SQLException e, int attempts, boolean timedOut) {
        DatabaseError error = ErrorClassifier.describe(e, redactor);
        ErrorClass errorClass = timedOut ? ErrorClass.RUN_TIMEOUT : ErrorClassifier.classifyConnect(e);
        String tries = attempts == 1 ? "" : " after " + attempts + " attempts";
        return new DatabaseException("could not connect to " + url.redacted() + tries + ": " + error.message()
                + DataSourceConnections.sqlState(e) + ". " + errorClass + ": " + errorClass.hint() + ".",
                errorClass, error, e);
    }

    @Override
    public Redactor redactor() {
        return redactor;
    }
}
