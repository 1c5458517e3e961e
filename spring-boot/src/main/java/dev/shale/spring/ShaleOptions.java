package dev.shale.spring;

import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationSource;
import dev.shale.api.RunnerSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Turns {@link ShaleProperties} into the runner's {@link MigrationSource} and {@link MigrateOptions}. */
final class ShaleOptions {

    static final String CLASSPATH = "classpath:";
    static final String FILESYSTEM = "filesystem:";

    private ShaleOptions() {
    }

    /**
     * The migration source of {@code shale.locations}: exactly one location, since Shale verifies one folder
     * against the {@code shale.sum} in it.
     */
    static MigrationSource source(List<String> locations, ClassLoader loader) {
        if (locations == null || locations.size() != 1 || locations.get(0) == null || locations.get(0).isBlank()) {
            throw new ShaleConfigurationException("shale.locations", "Shale reads one migrations folder, verified"
                    + " against the shale.sum in it, but the property holds " + locations + ".",
                    "give one location, such as classpath:db/shale or filesystem:migrations", null);
        }
        String location = locations.get(0).trim();
        if (location.startsWith(FILESYSTEM)) {
            return MigrationSource.folder(Path.of(location.substring(FILESYSTEM.length())));
        }
        String path = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
        if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            throw new ShaleConfigurationException("shale.locations", "\"" + location + "\" has a prefix Shale"
                    + " does not know.", "write classpath:PATH or filesystem:PATH", null);
        }
        return MigrationSource.classpath(path, loader);
    }

    /**
     * The property behind a {@link RunnerSettings} message, which starts with the setting's name ({@code lockRetries
     * must be ...} is {@code shale.lock-retries}; {@code historySchema} is {@code shale.history-schema}).
     */
    static String property(String message) {
        String setting = message.split("[^A-Za-z]", 2)[0];
        return "shale." + setting.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The options of {@code migrate} the properties give. */
    static MigrateOptions migrateOptions(ShaleProperties properties) {
        RunnerSettings settings;
        try {
            settings = RunnerSettings.DEFAULTS
                    .withHistorySchema(properties.getHistorySchema())
                    .withLockWait(properties.getLockWait())
                    .withLockTimeout(properties.getLockTimeout())
                    .withStatementTimeout(properties.getStatementTimeout())
                    .withRunTimeout(properties.getRunTimeout())
                    .withLockRetries(properties.getLockRetries(), properties.getLockRetryBackoff());
        } catch (IllegalArgumentException | NullPointerException e) {
            String property = property(String.valueOf(e.getMessage()));
            throw new ShaleConfigurationException(property, e.getMessage() + ".", "give " + property
                    + " a value in the range the message names", e);
        }
        String target = properties.getTarget() == null || properties.getTarget().isBlank() ? null
                : properties.getTarget().trim();
        return MigrateOptions.DEFAULTS
                .withSettings(settings)
                .withTo(target)
                .withTransactionMode(properties.getTransactionMode())
                .withAllowOutOfOrder(properties.isAllowOutOfOrder())
                .withAllowDataLoss(properties.isAllowDataLoss())
                .withSkipDataChecks(!properties.isDataChecks());
    }
}
