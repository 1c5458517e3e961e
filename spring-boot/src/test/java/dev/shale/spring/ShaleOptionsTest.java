package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationSource;
import dev.shale.api.RunnerSettings;
import dev.shale.api.TransactionMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The properties map to the runner's own options, with the runner's own defaults. */
class ShaleOptionsTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void defaultPropertiesAreTheRunnersDefaults() {
        assertEquals(MigrateOptions.DEFAULTS, ShaleOptions.migrateOptions(new ShaleProperties()));
        assertEquals(MigrationSource.classpath("db/shale", loader),
                ShaleOptions.source(new ShaleProperties().getLocations(), loader));
    }

    @Test
    void everyPropertyReachesItsSetting() {
        ShaleProperties properties = new ShaleProperties();
        properties.setHistorySchema("ops");
        properties.setLockWait(Duration.ofSeconds(7));
        properties.setLockTimeout(Duration.ofSeconds(2));
        properties.setStatementTimeout(Duration.ofMinutes(3));
        properties.setRunTimeout(Duration.ofMinutes(10));
        properties.setLockRetries(9);
        properties.setLockRetryBackoff(Duration.ofMillis(250));
        properties.setTarget(" 20261201090100 ");
        properties.setDataChecks(false);
        properties.setTransactionMode(TransactionMode.EACH);
        properties.setAllowOutOfOrder(true);
        properties.setAllowDataLoss(true);

        RunnerSettings settings = new RunnerSettings("ops", Duration.ofSeconds(7), Duration.ofSeconds(2),
                Duration.ofMinutes(3), Duration.ofMinutes(10), RunnerSettings.DEFAULTS.connectRetries(),
                RunnerSettings.DEFAULTS.connectRetryDelay(), 9, Duration.ofMillis(250));
        assertEquals(new MigrateOptions("20261201090100", false, true, true, TransactionMode.EACH, settings, true),
                ShaleOptions.migrateOptions(properties));
    }

    @Test
    void locationsTakeAClasspathOrFilesystemPrefix() {
        assertEquals(MigrationSource.classpath("db/migrations", loader),
                ShaleOptions.source(List.of("classpath:/db/migrations/"), loader));
        assertEquals(MigrationSource.classpath("db/migrations", loader),
                ShaleOptions.source(List.of("db/migrations"), loader));
        assertEquals(MigrationSource.folder(Path.of("/srv/app/migrations")),
                ShaleOptions.source(List.of("filesystem:/srv/app/migrations"), loader));
        ShaleConfigurationException unknown = assertThrows(ShaleConfigurationException.class,
                () -> ShaleOptions.source(List.of("s3:bucket/db"), loader));
        assertEquals("shale.locations: \"s3:bucket/db\" has a prefix Shale does not know."
                + " Fix: write classpath:PATH or filesystem:PATH", unknown.getMessage());
    }

    @Test
    void aBadValueNamesTheProperty() {
        ShaleProperties properties = new ShaleProperties();
        properties.setLockRetries(-1);
        ShaleConfigurationException error = assertThrows(ShaleConfigurationException.class,
                () -> ShaleOptions.migrateOptions(properties));
        assertEquals("shale.lock-retries: lockRetries must be 0 or more: -1. Fix: give shale.lock-retries a value"
                + " in the range the message names", error.getMessage());

        ShaleProperties schema = new ShaleProperties();
        schema.setHistorySchema("");
        assertEquals("shale.history-schema", assertThrows(ShaleConfigurationException.class,
                () -> ShaleOptions.migrateOptions(schema)).property());

        ShaleProperties timeout = new ShaleProperties();
        timeout.setStatementTimeout(Duration.ofDays(30));
        assertEquals("shale.statement-timeout", assertThrows(ShaleConfigurationException.class,
                () -> ShaleOptions.migrateOptions(timeout)).property());
    }
}
