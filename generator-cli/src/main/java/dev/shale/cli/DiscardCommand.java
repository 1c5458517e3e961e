package dev.shale.cli;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.MigrationSource;
import dev.shale.api.MigrationState;
import dev.shale.api.MigrationStatus;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.api.StatusReport;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationFile;
import dev.shale.migrations.files.MigrationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code shale discard}: removes the latest migration, its down, its snapshot and its line in {@code shale.sum},
 * all or nothing, once no given database has applied it; the way back from a generated migration that cannot run
 * yet (prepare the data in a custom migration, then generate again).
 */
@Command(name = "discard", mixinStandardHelpOptions = true,
        description = "Remove the latest migration (up, down, snapshot) and rewrite migrations/shale.sum, all or"
                + " nothing, after checking that no database given (each --url, else the configured one) has"
                + " applied it. Then prepare the data with shale create, and run shale generate again.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale discard --url \"$DEV_DATABASE_URL\" --url \"$STAGING_DATABASE_URL\"",
            "  shale create fill_user_timezones    # write the UPDATE, then: shale hash",
            "  shale generate",
            "  shale discard 20261121093000"
        })
final class DiscardCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", arity = "0..1", paramLabel = "VERSION",
            description = "The version to discard (14 digits); refused unless it is the latest. Default: the latest.")
    String version;

    @Option(names = "--url", paramLabel = "URL",
            description = "A database that must not have applied the migration; repeat for each (default: the"
                    + " configured database, SHALE_DATABASE_URL, DATABASE_URL or database.url of shale.yaml, if any).")
    List<String> urls = new ArrayList<>();

    @Option(names = "--history-schema", paramLabel = "SCHEMA",
            description = "The schema of the history table shale_migrations (default: public).")
    String historySchema;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json (its JSON Schema: dev/shale/cli/schemas/discard.schema.json in shale.jar).")
    OutputFormat format;

    @Override
    public Integer call() {
        Console console = shale.console();
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        MigrationDirectory directory = config.migrationDirectory();
        MigrationVersion expected = null;
        if (version != null) {
            if (!MigrationVersion.isValid(version)) {
                throw new CommandException(ExitCode.USAGE, "\"" + version + "\" is not a migration version"
                        + " (14 digits, YYYYMMDDHHMMSS); nothing was discarded", "pass the latest migration's version,"
                        + " or no version to discard the latest");
            }
            expected = MigrationVersion.parse(version);
        }
        List<DatabaseUrl> databases = databases(config);
        List<MigrationFile> migrations = directory.listMigrations().migrations();
        if (!migrations.isEmpty()) {
            MigrationFile latest = migrations.get(migrations.size() - 1);
            for (DatabaseUrl database : databases) {
                requireNotApplied(database, config, latest);
            }
        }
        MigrationFile discarded = directory.discardLatest(expected);
        if (format == OutputFormat.JSON) {
            List<String> removed = new ArrayList<>();
            removed.add(config.display(discarded.up()));
            discarded.downFile().ifPresent(down -> removed.add(config.display(down)));
            removed.add(config.display(directory.snapshotsFolder().resolve(discarded.stem() + ".json")));
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("schemaVersion", 1);
            out.put("command", "discard");
            out.put("discarded", discarded.stem());
            out.put("checkedDatabases", databases.stream().map(DatabaseUrl::redacted).toList());
            out.put("removed", removed);
            out.put("rewrote", config.display(directory.sumFile()));
            console.result(JsonText.of(out));
            return ExitCode.OK;
        }
        console.line("Discarded " + discarded.stem() + (databases.isEmpty()
                ? " (no database was given or configured, so none was checked):"
                : " (not applied on " + String.join(", ", databases.stream().map(DatabaseUrl::redacted).toList())
                        + "):"));
        console.line("  removed " + config.display(discarded.up()));
        discarded.downFile().ifPresent(down -> console.line("  removed " + config.display(down)));
        console.line("  removed " + config.display(directory.snapshotsFolder().resolve(discarded.stem() + ".json")));
        console.line("  rewrote " + config.display(directory.sumFile()));
        console.line("Next: if the data must be prepared first, shale create NAME, write its SQL, run shale hash;"
                + " then run shale generate again.");
        return ExitCode.OK;
    }

    private List<DatabaseUrl> databases(ShaleConfig config) {
        List<DatabaseUrl> out = new ArrayList<>();
        for (String url : urls) {
            out.add(DatabaseOptions.parseUrl(shale, url, "fix --url"));
        }
        if (out.isEmpty() && config.databaseUrl() != null && !config.databaseUrl().isBlank()) {
            out.add(DatabaseOptions.parseUrl(shale, config.databaseUrl(),
                    "fix DATABASE_URL, SHALE_DATABASE_URL or database.url in shale.yaml, or pass --url"));
        }
        return out;
    }

    private void requireNotApplied(DatabaseUrl database, ShaleConfig config, MigrationFile latest) {
        RunnerSettings settings = DatabaseOptions.withHistorySchema(RunnerSettings.DEFAULTS, historySchema);
        StatusReport report = Shale.status(database, MigrationSource.folder(config.migrationsDir()), settings);
        for (MigrationStatus status : report.migrations()) {
            if (status.version().equals(latest.version().toString()) && (status.state() == MigrationState.APPLIED
                    || status.state() == MigrationState.MODIFIED)) {
                throw new CommandException(ExitCode.USAGE, latest.stem() + " is applied on " + database.redacted()
                        + " (batch " + status.batch() + "); discarding its files would leave that database with a"
                        + " migration no file holds. Nothing was discarded.",
                        "roll it back there first (shale rollback --url ...), then run shale discard again");
            }
        }
    }
}
