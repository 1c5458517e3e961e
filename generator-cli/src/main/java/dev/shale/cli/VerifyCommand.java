package dev.shale.cli;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.RunnerSettings;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.migrations.verify.Verify;
import dev.shale.migrations.verify.VerifyResult;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code shale verify}: replays every migration on a throwaway database, checks each against its snapshot,
 * then every down in reverse, and that the database ends empty.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Replay every migration on a throwaway database, one at a time, and compare the database after"
                + " each with its snapshot; then run every down migration, newest first, comparing with the snapshot"
                + " before, and check that the database ends empty. Without a dev URL it starts an embedded"
                + " PostgreSQL (no Docker, no server). Exit code 1 names the first migration file that fails or"
                + " differs; 3 when the throwaway database cannot be made.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale verify",
            "  shale verify --dev-url jdbc:postgresql://localhost:5432/postgres?user=me",
            "  shale verify --format json"
        })
final class VerifyCommand implements Callable<Integer> {

    /** The runner's defaults, but a refused dev server is retried twice only (after 1 s, then 2 s). */
    private static final RunnerSettings SETTINGS = RunnerSettings.DEFAULTS.withConnectRetries(2, Duration.ofSeconds(1));

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    ProjectOptions project;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "A PostgreSQL server to create the throwaway database shale_verify_<random> on (and drop"
                    + " it after); the database the URL names is only connected to. Overrides SHALE_DEV_DATABASE_URL"
                    + " and database.devUrl of shale.yaml. Default: an embedded PostgreSQL.")
    String devUrl;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        Console console = shale.console();
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        String text = devUrl != null ? devUrl : config.devDatabaseUrl();
        DatabaseUrl server = text == null || text.isBlank() ? null : DatabaseOptions.parseUrl(shale, text,
                "fix --dev-url, SHALE_DEV_DATABASE_URL or database.devUrl in shale.yaml");
        long start = System.nanoTime();
        VerifyResult result = new Verify(config.migrationDirectory(), server, SETTINGS).run();
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        VerifyOutput.print(console, format, result, totalMs);
        return result.verified() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
