package dev.shale.cli;

import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.RunListener;
import dev.shale.api.Shale;
import dev.shale.api.TransactionMode;
import dev.shale.migrations.runner.backup.PgDumpBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale migrate}: applies the pending migrations as one batch, under the migration lock. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply the pending migrations to the database as one batch, in one transaction by default,"
                + " under a PostgreSQL advisory lock so that concurrent runners apply each migration once.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale migrate",
            "  shale migrate --dry-run",
            "  shale migrate --to 20261121093000 --backup",
            "  shale migrate --quiet --format json"
        })
final class MigrateCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--to", paramLabel = "VERSION", description = "Apply migrations up to this version (14 digits) only.")
    String to;

    @Option(names = "--dry-run",
            description = "Print exactly the SQL that would run, step by step, and change nothing.")
    boolean dryRun;

    @Option(names = "--backup",
            description = "Run pg_dump into backups/<UTC time>-<random>.dump (mode 0600) under the project first, when"
                    + " a migration is pending.")
    boolean backup;

    @Option(names = "--allow-out-of-order",
            description = "Apply pending migrations older than the newest applied one (merged from another branch).")
    boolean allowOutOfOrder;

    @Option(names = "--allow-data-loss", description = "Apply migrations that lose data the database holds, or whose header declares data-loss hazards without saying what they lose.")
    boolean allowDataLoss;

    @Option(names = "--skip-data-checks",
            description = "Run without the pre-flight data checks of the migrations' shale:requires lines (exit code 8"
                    + " when one fails); a migration the rows make fail then fails when it runs.")
    boolean skipDataChecks;

    @Option(names = "--transaction", paramLabel = "MODE", defaultValue = "batch",
            description = "batch: the whole run in one transaction (default); each: one transaction per migration.")
    TransactionMode transaction;

    @Mixin
    LockWaitOption lock;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Option(names = "--baseline", arity = "0..1", paramLabel = "VERSION", fallbackValue = "",
            description = "Record that the database already has the schema of the migrations up to VERSION (default:"
                    + " the first migration, which must be the baseline shale pull wrote) without running them;"
                    + " refused when the history table has rows. Later migrations stay pending for the next migrate.")
    String baseline;

    @Option(names = "--mark-applied", paramLabel = "VERSION",
            description = "Record the oldest pending migration VERSION as applied without running it, once the database"
                    + " matches its snapshot (an interrupted run did its work but did not record it); refused, listing"
                    + " the differences, when it does not.")
    String markApplied;

    @Option(names = "--force",
            description = "With --mark-applied: record a migration that changes no schema (a data migration), whose"
                    + " effect the database cannot show.")
    boolean force;

    @Override
    public Integer call() {
        Console console = shale.console();
        DatabaseOptions.Target target = database.resolve(shale);
        if (markApplied != null) {
            return MarkAppliedRun.run(console, target, this);
        }
        if (baseline != null) {
            return BaselineRun.run(console, target, this);
        }
        if (force) {
            throw new CommandException(ExitCode.USAGE, "--force applies only with --mark-applied; nothing was run",
                    "leave --force out, or add --mark-applied VERSION");
        }
        MigrateOptions options = new MigrateOptions(to, dryRun, allowOutOfOrder, allowDataLoss, transaction,
                database.settings(lock.lockWait, target.config()), skipDataChecks || !target.config().dataChecks())
                .withListener(new RunProgress(console, "applied", format == OutputFormat.TEXT && !dryRun));
        long start = System.nanoTime();
        String written = null;
        if (backup && !dryRun && hasPending(target, options)) {
            Path project = target.config().projectDir();
            Path file = PgDumpBackup.defaultFile(project.resolve("backups"), shale.clock().instant());
            PgDumpBackup pgDump = PgDumpBackup.searching(shale.environment().getOrDefault("PATH", ""));
            written = target.config().display(pgDump.write(target.url(), file, project).file());
            console.line("Backup written to " + written + " (pg_restore reads it).");
        }
        MigrateResult result = Shale.migrate(target.url(), target.source(), options);
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        RunOutput.print(console, format, new RunOutput.Run("migrate", target.url().redacted(), result.dryRun(),
                result.batch(), result.applied(), result.plan(), totalMs, written, result.warnings(),
                result.dataChecks()));
        return ExitCode.OK;
    }

    /**
     * Whether a run would apply anything, by a dry run: no backup is made when nothing is pending, and a run
     * that would be refused is refused before pg_dump runs.
     */
    private static boolean hasPending(DatabaseOptions.Target target, MigrateOptions options) {
        return !Shale.migrate(target.url(), target.source(),
                options.withDryRun(true).withListener(RunListener.NONE)).plan().steps().isEmpty();
    }
}
