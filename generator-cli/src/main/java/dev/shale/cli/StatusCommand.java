package dev.shale.cli;

import dev.shale.api.MigrationState;
import dev.shale.api.MigrationStatus;
import dev.shale.api.Shale;
import dev.shale.api.StatusReport;
import dev.shale.api.StatusTotals;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code shale status}: every migration as applied, pending, modified, missing or out-of-order, with totals. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show every migration as applied, pending, modified, missing or out-of-order, with its batch"
                + " and time, and totals. Reads only: creates nothing, takes no lock. Exit code 1 when migrate would"
                + " refuse to run (a modified, missing or out-of-order migration, or a shale.sum problem).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale status",
            "  shale status --url jdbc:postgresql://localhost:5432/app?user=app",
            "  shale status --format json"
        })
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    ShaleCommand shale;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table) or json (the shape of the programmatic API's StatusReport).")
    OutputFormat format;

    @Override
    public Integer call() {
        Console console = shale.console();
        DatabaseOptions.Target target = database.resolve(shale);
        StatusReport report = Shale.status(target.url(), target.source(), database.settings(null));
        if (format == OutputFormat.JSON) {
            console.result(JsonText.versioned(report.toJson(), "status"));
        } else {
            table(console, target.url().redacted(), report);
        }
        StatusTotals totals = report.totals();
        boolean blocked = totals.modified() + totals.missing() + totals.outOfOrder() > 0 || !report.problems().isEmpty();
        return blocked ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static void table(Console console, String database, StatusReport report) {
        console.line("Database " + database + ", history " + report.historyTable());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"VERSION", "NAME", "STATE", "BATCH", "APPLIED AT"});
        for (MigrationStatus migration : report.migrations()) {
            rows.add(new String[] {migration.version(), migration.name(), state(migration.state())
                    + (migration.partial() == null ? "" : " (" + migration.partial() + ")"),
                    migration.batch() == null ? "-" : String.valueOf(migration.batch()),
                    migration.appliedAt() == null ? "-" : migration.appliedAt().truncatedTo(ChronoUnit.SECONDS).toString()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        if (report.migrations().isEmpty()) {
            console.line("No migrations.");
        } else {
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(i == row.length - 1 ? row[i] : RunOutput.pad(row[i], widths[i]) + "  ");
                }
                console.line(line.toString().stripTrailing());
            }
        }
        StatusTotals t = report.totals();
        console.line(t.total() + (t.total() == 1 ? " migration: " : " migrations: ") + t.applied() + " applied, "
                + t.pending() + " pending, " + t.modified() + " modified, " + t.missing() + " missing, "
                + t.outOfOrder() + " out-of-order.");
        report.problems().forEach(problem -> console.line("problem: " + problem));
        if (t.modified() + t.missing() > 0) {
            console.line("migrate refuses to run until modified and missing migrations are restored as they were applied.");
        }
        if (t.outOfOrder() > 0) {
            console.line("migrate refuses out-of-order migrations unless run with --allow-out-of-order.");
        }
    }

    private static String state(MigrationState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
