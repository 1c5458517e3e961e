package dev.shale.cli;

import dev.shale.api.MigrationState;
import dev.shale.api.MigrationStatus;
import dev.shale.api.Shale;
import dev.shale.api.StatusReport;
import dev.shale.cli.config.ConfigLoader;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.diff.postgres.HazardSeverity;
import dev.shale.lint.LintFormat;
import dev.shale.lint.LintOutput;
import dev.shale.lint.LintReport;
import dev.shale.lint.Linter;
import dev.shale.migrations.files.MigrationFile;
import dev.shale.migrations.files.MigrationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code shale lint [FILES]}: the hazards of migration files, generated or hand-written, read with a SQL parser.
 * Without FILES it lints the pending migrations: those the database's history has not recorded when a database is
 * configured, otherwise every migration (narrowed by {@code --since}).
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Report the lock, rewrite, data-loss and safety hazards of migration files, parsed with a SQL"
                + " parser. Without FILES: the pending migrations (not in the database's history when a database is"
                + " configured; otherwise every migration, or those after --since). A -- shale:allow <code> <reason>"
                + " line directly above a statement accepts that finding. Exit code 1 when an unaccepted finding is at"
                + " least as severe as --fail-on (default warning), 2 on usage errors, 3 when the database fails.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale lint",
            "  shale lint migrations/20261121093000_create_users.sql",
            "  shale lint --all --fail-on error --format sarif"
        })
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILES", arity = "0..*",
            description = "Migration files to lint (relative to the project directory); default: the pending ones.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (lint-report.schema.json, with schemaVersion), markdown or sarif (SARIF 2.1.0).")
    LintFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "warning",
            description = "The least severity of an unaccepted finding that makes the exit code 1: error, warning"
                    + " (default) or note.")
    String failOn;

    @Option(names = "--since", paramLabel = "VERSION",
            description = "Without FILES: lint only the migrations whose version is after VERSION (no database"
                    + " is asked).")
    String since;

    @Option(names = "--all", description = "Without FILES: lint every migration (no database is asked).")
    boolean all;

    @Override
    public Integer call() {
        HazardSeverity threshold = threshold();
        List<Linter.Source> sources = files.isEmpty() ? pending() : explicit();
        LintReport report = Linter.lint(sources);
        String rendered = LintOutput.render(report, format);
        if (format == LintFormat.TEXT) {
            shale.console().text(rendered);
        } else {
            shale.console().result(rendered);
        }
        return report.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private HazardSeverity threshold() {
        for (HazardSeverity severity : HazardSeverity.values()) {
            if (severity.code().equalsIgnoreCase(failOn)) {
                return severity;
            }
        }
        throw new CommandException(ExitCode.USAGE, "--fail-on must be error, warning or note, not \"" + failOn + "\"",
                "pass --fail-on error to fail only on errors");
    }

    private List<Linter.Source> explicit() {
        List<Linter.Source> out = new ArrayList<>();
        for (Path file : files) {
            Path path = shale.projectDir().resolve(file);
            out.add(new Linter.Source(file.toString().replace('\\', '/'), read(path, file.toString())));
        }
        return out;
    }

    private List<Linter.Source> pending() {
        ShaleConfig config = new ConfigLoader(shale.environment()).load(shale.projectDir(), List.of(), List.of());
        List<MigrationFile> migrations = config.migrationDirectory().listMigrations().migrations();
        List<MigrationFile> chosen;
        if (since != null) {
            if (!MigrationVersion.isValid(since)) {
                throw new CommandException(ExitCode.USAGE, "--since must be a migration version (14 digits,"
                        + " YYYYMMDDHHMMSS), not \"" + since + "\"", "pass --since 20261121093000");
            }
            MigrationVersion after = MigrationVersion.parse(since);
            chosen = migrations.stream().filter(m -> m.version().compareTo(after) > 0).toList();
        } else if (all || (database.url == null && (config.databaseUrl() == null || config.databaseUrl().isBlank()))) {
            chosen = migrations;
        } else {
            DatabaseOptions.Target target = database.resolve(shale, config);
            StatusReport status = Shale.status(target.url(), target.source(), database.settings(null));
            Set<String> pending = status.migrations().stream().filter(m -> m.state() == MigrationState.PENDING)
                    .map(MigrationStatus::version).collect(Collectors.toSet());
            chosen = migrations.stream().filter(m -> pending.contains(m.version().toString())).toList();
        }
        List<Linter.Source> out = new ArrayList<>();
        for (MigrationFile migration : chosen) {
            String shown = config.display(migration.up()).replace('\\', '/');
            out.add(new Linter.Source(shown, read(migration.up(), shown)));
        }
        return out;
    }

    private static String read(Path path, String shown) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new CommandException(ExitCode.USAGE, "cannot read " + shown + ": " + e.getMessage()
                    + "; nothing was linted", "pass the path of a migration file, relative to the project directory");
        }
    }
}
