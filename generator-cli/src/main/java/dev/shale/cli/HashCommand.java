package dev.shale.cli;

import dev.shale.cli.config.ShaleConfig;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.snapshot.SumMismatch;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code shale hash}: recomputes {@code shale.sum} after a deliberate hand edit of a migration. */
@Command(name = "hash", mixinStandardHelpOptions = true, description = "Recompute migrations/shale.sum after a deliberate hand edit of a migration;"
        + " refuses (exit 2) while a migration file cannot be run (see shale check).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale hash",
            "  shale hash --format json"
        })
final class HashCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        Console console = shale.console();
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        MigrationDirectory directory = config.migrationDirectory();
        ProjectChecks.requireRunnable(directory);
        List<SumMismatch> mismatches = directory.verifySum();
        if (mismatches.isEmpty()) {
            console.line(config.display(directory.sumFile()) + " is up to date; nothing written.");
            return ExitCode.OK;
        }
        mismatches.forEach(m -> console.line("  accepting: " + m.message()));
        Path written = directory.writeSum();
        console.line("Wrote " + config.display(written) + ".");
        return ExitCode.OK;
    }
}
