package dev.shale.cli;

import dev.shale.api.RunnerSettings;
import dev.shale.cli.config.ShaleConfig;
import dev.shale.cli.report.MigrationTimeline;
import dev.shale.cli.report.html.ReportPage;
import dev.shale.cli.report.html.SchemaReport;
import dev.shale.cli.source.ResolvedSource;
import dev.shale.cli.source.SchemaSource;
import dev.shale.cli.source.SourceResolver;
import dev.shale.migrations.files.AtomicFileSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale report}: writes the schema report, one self-contained HTML page. Reads the schema only. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page about the schema: an entity-relationship diagram (pan, zoom,"
                + " search), each table's columns, keys, indexes, checks and comments, the enums and the migration"
                + " timeline. The schema comes from the records, or from --from: " + SchemaSource.FORMS + "."
                + " A database is only read.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the page was written",
            "2:usage or configuration error (nothing written)",
            "3:database error (nothing written)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale report --out schema.html",
            "  shale report --from latest --out build/schema.html",
            "  shale report --from postgresql://localhost/app --out app-schema.html"
        })
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    ProjectOptions project;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The HTML file to write (relative to the project folder); replaced if it exists.")
    Path out;

    @Option(names = "--from", paramLabel = "SOURCE", defaultValue = "records",
            description = "The schema to show: records (default), latest, VERSION, FILE.json or a database URL.")
    String from;

    @Option(names = "--history-schema", paramLabel = "SCHEMA",
            description = "The schema of shale_migrations, which is left out of a database's schema (default: public).")
    String historySchema;

    @Override
    public Integer call() {
        SchemaSource source = SchemaSource.ofOption(from, "--from");
        ShaleConfig config = project.load(shale.projectDir(), shale.environment());
        Path target = config.projectDir().resolve(out).normalize();
        if (Files.isDirectory(target)) {
            throw new CommandException(ExitCode.USAGE, "--out " + out + " is a folder",
                    "name the HTML file to write, such as --out " + out.resolve("schema.html"));
        }
        RunnerSettings settings = historySchema == null ? RunnerSettings.DEFAULTS
                : RunnerSettings.DEFAULTS.withHistorySchema(historySchema);
        SourceResolver resolver = new SourceResolver(() -> config, shale.environment(),
                text -> DatabaseOptions.parseUrl(shale, text, "fix the URL of --from"), settings);
        ResolvedSource resolved = source instanceof SchemaSource.Database database
                ? resolver.read(database, List.of())
                : resolver.resolve(source);
        MigrationTimeline.Entries timeline = MigrationTimeline.read(config.migrationDirectory());
        ReportPage page = SchemaReport.page(resolved.model(), "Schema of " + source.label(),
                MigrationTimeline.TIME.format(shale.clock().instant()), timeline.entries(), timeline.note());
        byte[] html = SchemaReport.render(page).getBytes(StandardCharsets.UTF_8);
        new AtomicFileSet(config::display).write(List.of(new AtomicFileSet.Target(target, html, true)));
        shale.console().line("Wrote " + config.display(target) + ": " + Words.count(page.tableCount(), "table") + ", "
                + Words.count(page.foreignKeyCount(), "foreign key") + ", " + Words.count(page.enumCount(), "enum")
                + ", " + Words.count(page.migrationCount(), "migration") + ".");
        return ExitCode.OK;
    }
}
