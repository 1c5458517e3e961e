package dev.shale.cli;

import dev.shale.api.RollbackOptions;
import dev.shale.api.RollbackResult;
import dev.shale.api.Shale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale rollback}: runs the down migrations of the last batch (or N steps, or back to V). */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Run the down migrations of the last batch (or of the last N migrations, or of every migration"
                + " after version V), newest first, in one transaction, and delete their history rows.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale rollback",
            "  shale rollback --steps 2 --dry-run",
            "  shale rollback --to 20261121093000 --format json"
        })
final class RollbackCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--steps", paramLabel = "N", converter = CountConverter.class,
            description = "Roll back the N most recently applied migrations.")
    Integer steps;

    @Option(names = "--to", paramLabel = "VERSION",
            description = "Roll back every migration applied after this version (14 digits); it stays applied.")
    String to;

    @Option(names = "--dry-run", description = "Print exactly the SQL that would run and change nothing.")
    boolean dryRun;

    @Option(names = "--force",
            description = "Run down migrations that lose data, and drop the history rows of down files without statements.")
    boolean force;

    @Option(names = "--skip-data-checks",
            description = "Run without the pre-flight data checks of the down files' shale:requires lines (exit code 8"
                    + " when one fails); a down file the rows make fail then fails when it runs.")
    boolean skipDataChecks;

    @Mixin
    LockWaitOption lock;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        Console console = shale.console();
        if (steps != null && to != null) {
            throw new CommandException(ExitCode.USAGE, "--steps and --to cannot be combined; nothing was run",
                    "give --steps N to roll back N migrations, or --to VERSION to keep VERSION as the latest applied one");
        }
        if (steps != null && steps < 1) {
            throw new CommandException(ExitCode.USAGE, "--steps must be 1 or more, not " + steps + "; nothing was run",
                    "leave --steps out to roll back the last batch");
        }
        DatabaseOptions.Target target = database.resolve(shale);
        RollbackOptions options = new RollbackOptions(steps == null ? 0 : steps, to, dryRun, force,
                database.settings(lock.lockWait, target.config()), skipDataChecks || !target.config().dataChecks())
                .withListener(new RunProgress(console, "rolled back", format == OutputFormat.TEXT && !dryRun));
        long start = System.nanoTime();
        RollbackResult result = Shale.rollback(target.url(), target.source(), options);
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        RunOutput.print(console, format, new RunOutput.Run("rollback", target.url().redacted(), result.dryRun(),
                result.plan().batch(), result.rolledBack(), result.plan(), totalMs, null, result.warnings(),
                result.dataChecks()));
        return ExitCode.OK;
    }
}
