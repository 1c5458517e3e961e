package dev.shale.cli;

import dev.shale.api.DatabaseException;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.postgres.SqlStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * For {@code generate}: when a database is configured (SHALE_DATABASE_URL, DATABASE_URL or database.url) and
 * answers, warns of each object Shale does not manage there (a view, a trigger ...) that depends on a table or column
 * the new migration drops or retypes: what will make it fail on that database, as {@code migrate} would warn. Without
 * a configured database nothing is looked up; one that does not answer is a one-line note, never a failure: the
 * migration is written either way.
 */
final class DependentsOnDatabase {

    private DependentsOnDatabase() {
    }

    static void warn(ShaleCommand shale, ShaleConfig config, String file, MigrationPlan plan) {
        String configured = config.databaseUrl();
        if (configured == null || configured.isBlank()) {
            return;
        }
        List<String> statements = plan.up().stream().map(SqlStatement::sql).toList();
        shale.addSecrets(DatabaseUrl.secretsIn(configured));
        DatabaseUrl url;
        try {
            url = DatabaseUrl.parse(configured).withPasswordFrom(shale.environment());
        } catch (IllegalArgumentException e) {
            return; // a malformed URL is the business of the commands that connect
        }
        shale.addSecrets(url.secrets());
        // one try, briefly: generate does not wait for a database it does not need
        RunnerSettings settings = RunnerSettings.DEFAULTS.withConnectRetries(0, Duration.ZERO)
                .withRunTimeout(Duration.ofSeconds(30));
        try {
            Shale.unmanagedDependents(url, Map.of(file, statements), settings)
                    .forEach(warning -> shale.console().warn(warning));
        } catch (DatabaseException e) {
            shale.console().warn("the objects that depend on what " + file + " changes were not looked up on "
                    + url.redacted() + " (" + e.getMessage() + "); migrate --dry-run looks them up before it runs");
        }
    }
}
