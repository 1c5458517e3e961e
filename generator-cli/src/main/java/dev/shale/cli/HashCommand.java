package dev.shale.cli;

import dev.shale.cli.config.ShaleConfig;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.snapshot.SumMismatch;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json (its JSON Schema: dev/shale/cli/schemas/hash.schema.json in shale.jar).")
    OutputFormat format;

    @Override
    public Integer call() {
        Console console = shale.console();
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        MigrationDirectory directory = config.migrationDirectory();
        ProjectChecks.requireRunnable(directory);
        List<SumMismatch> mismatches = directory.verifySum();
        Path written = mismatches.isEmpty() ? null : directory.writeSum();
        if (format == OutputFormat.JSON) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("schemaVersion", 1);
            out.put("command", "hash");
            out.put("sumFile", config.display(directory.sumFile()));
            out.put("changed", written != null);
            out.put("accepted", mismatches.stream().map(SumMismatch::message).toList());
            console.result(JsonText.of(out));
            return ExitCode.OK;
        }
        if (written == null) {
            console.line(config.display(directory.sumFile()) + " is up to date; nothing written.");
            return ExitCode.OK;
        }
        mismatches.forEach(m -> console.line("  accepting: " + m.message()));
        console.line("Wrote " + config.display(written) + ".");
        return ExitCode.OK;
    }
}
