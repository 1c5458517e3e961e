package dev.shale.migrations.runner;

import dev.shale.api.RunnerSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The session settings that decide how SQL text reads and how the catalog prints it back ({@code TimeZone},
 * {@code DateStyle}, {@code IntervalStyle}, {@code search_path}), as every runner session pins them: for a
 * connection Shale opens outside a runner session that builds schema objects (the reference database of
 * {@code verify}).
 */
public final class PinnedSettings {

    private static final Set<String> TEXT_SETTINGS = Set.of("timezone", "datestyle", "intervalstyle", "search_path");

    private PinnedSettings() {
    }

    /** Sets them on {@code connection} for its session. */
    public static void apply(Connection connection) throws SQLException {
        Map<String, String> values = new TreeMap<>(Session.runnerValues(RunnerSettings.DEFAULTS));
        values.keySet().retainAll(TEXT_SETTINGS);
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> value : values.entrySet()) {
                statement.execute("SELECT set_config('" + value.getKey() + "', '" + value.getValue().replace("'", "''")
                        + "', false)");
            }
        }
    }
}
