package dev.shale.cli;

import dev.shale.cli.config.ShaleConfig;
import dev.shale.cli.render.MigrationNames;
import dev.shale.cli.render.MigrationText;
import dev.shale.cli.review.Reviews;
import dev.shale.cli.schema.SchemaLoader;
import dev.shale.cli.schema.StaleClasses;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationName;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.files.PendingMigration;
import dev.shale.model.SchemaModel;
import dev.shale.reader.DeclaredSchema;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale generate}: records vs the latest snapshot -> migration, down, snapshot and sum. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Compare the schema records with the latest snapshot and write a migration, its down "
                + "migration, a new snapshot and migrations/shale.sum. Writes nothing when nothing changed. With a"
                + " configured database (SHALE_DATABASE_URL, DATABASE_URL or database.url) that answers, warns of the"
                + " views, triggers and other objects Shale does not manage there that depend on what the migration"
                + " drops or retypes, as migrate would.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale generate",
            "  shale generate --name add_user_role",
            "  shale generate --format json"
        })
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-n", "--name"}, paramLabel = "NAME",
            description = "The migration's name, in snake_case (default: derived from the changes).")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json (one object with each hazard's code, severity and object; its JSON Schema is"
                    + " dev/shale/cli/schemas/generate.schema.json in shale.jar).")
    OutputFormat format;

    @Option(names = "--review", paramLabel = "FILE.md",
            description = "Also write a Markdown review of the new migration for a pull-request comment: its changes,"
                    + " hazards, SQL and each changed table before and after (see docs/ci.md).")
    Path review;

    @Override
    public Integer call() {
        Console console = shale.console();
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        MigrationDirectory directory = config.migrationDirectory();
        ProjectChecks.requireIntact(directory);
        ProjectChecks.requireLatestSnapshot(directory, "generate");
        Optional<Snapshot> latest = directory.latestSnapshot();
        MigrationName migrationName = name == null ? null : MigrationName.of(name);

        StaleClasses.warning(config).ifPresent(console::warn);
        DeclaredSchema declared = new SchemaLoader().load(config);
        SchemaModel from = latest.map(Snapshot::schema).orElse(SchemaModel.EMPTY);
        MigrationPlan plan = MigrationPlanner.plan(from, declared.model(), declared.renames(), declared.backfills(),
                declared.conversions(), config.ddlForm());
        if (plan.isEmpty()) {
            Reviews.generated(shale.projectDir(), review, directory, null, null);
            GenerateOutput.print(console, format, new GenerateOutput.Run(null, null, null, List.of(),
                    "No changes: the schema records match "
                    + latest.map(s -> "the latest snapshot (" + s.id() + ")").orElse("an empty database") + "."));
            return ExitCode.OK;
        }

        String previousId = latest.map(Snapshot::id).orElse(null);
        Snapshot next = Snapshot.next(previousId, declared.model())
                .withPostgresSpelling(SpellingSource.of(shale, config, declared, "generate"));
        MigrationVersion version = MigrationVersion.next(shale.clock().instant(), directory.latestVersion());
        MigrationName finalName = migrationName != null ? migrationName : MigrationName.of(MigrationNames.suggest(plan.changes()));
        List<Path> written = directory.write(new PendingMigration(version, finalName,
                MigrationText.up(plan, previousId, next.id()),
                MigrationText.down(plan, previousId, next.id()),
                SnapshotJson.write(next)));

        DependentsOnDatabase.warn(shale, config, directory.display(directory.migrationsFolder()
                .resolve(version + "_" + finalName + ".sql")), plan);
        Reviews.generated(shale.projectDir(), review, directory, version, plan);
        GenerateOutput.print(console, format, new GenerateOutput.Run(version.toString(), finalName.toString(), plan,
                written.stream().map(config::display).toList(), null));
        return ExitCode.OK;
    }
}
