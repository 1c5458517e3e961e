package dev.shale.cli;

import dev.shale.cli.config.ShaleConfig;
import dev.shale.cli.render.MigrationText;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationName;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.files.PendingMigration;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code shale create NAME}: an empty custom migration; the snapshot carries over unchanged. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Write an empty custom migration (data changes, seed rows, concurrent indexes). "
                + "The schema snapshot carries over unchanged.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale create seed_roles",
            "  shale create backfill_ticket_numbers && shale hash"
        })
final class CreateCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "NAME", description = "The migration's name, in snake_case.")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json (its JSON Schema: dev/shale/cli/schemas/create.schema.json in shale.jar).")
    OutputFormat format;

    @Override
    public Integer call() {
        Console console = shale.console();
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        MigrationDirectory directory = config.migrationDirectory();
        ProjectChecks.requireIntact(directory);
        ProjectChecks.requireLatestSnapshot(directory, "create");
        MigrationName migrationName = MigrationName.of(name);
        Optional<Snapshot> latest = directory.latestSnapshot();
        // the schema is unchanged, and so is PostgreSQL's spelling of its expressions
        Snapshot next = latest.map(s -> s.following(s.schema()).withPostgresSpelling(s.postgresSpelling()))
                .orElseGet(() -> Snapshot.next(null, SchemaModel.EMPTY));
        MigrationVersion version = MigrationVersion.next(shale.clock().instant(), directory.latestVersion());
        List<Path> written = directory.write(new PendingMigration(version, migrationName,
                MigrationText.custom("up"), MigrationText.custom("down"), SnapshotJson.write(next)));
        if (format == OutputFormat.JSON) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("schemaVersion", 1);
            out.put("command", "create");
            out.put("version", version.toString());
            out.put("name", migrationName.toString());
            out.put("written", written.stream().map(config::display).toList());
            console.result(JsonText.of(out));
            return ExitCode.OK;
        }
        console.line("Wrote an empty custom migration:");
        written.forEach(path -> console.line("  " + config.display(path)));
        console.line("Write its SQL, then run: shale hash (so shale.sum accepts your edit).");
        return ExitCode.OK;
    }
}
