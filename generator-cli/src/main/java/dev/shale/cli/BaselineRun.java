package dev.shale.cli;

import dev.shale.api.BaselineOptions;
import dev.shale.api.BaselineResult;
import dev.shale.api.ExecutedMigration;
import dev.shale.api.Shale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code shale migrate --baseline [VERSION]}: records the baseline as applied without running it, and says so. */
final class BaselineRun {

    private BaselineRun() {
    }

    /** Runs the baseline for {@code command}'s options; refuses the options that only apply to running migrations. */
    static int run(Console console, DatabaseOptions.Target target, MigrateCommand command) {
        List<String> conflicting = new ArrayList<>();
        if (command.to != null) {
            conflicting.add("--to");
        }
        if (command.backup) {
            conflicting.add("--backup");
        }
        if (command.allowOutOfOrder) {
            conflicting.add("--allow-out-of-order");
        }
        if (command.allowDataLoss) {
            conflicting.add("--allow-data-loss");
        }
        if (!conflicting.isEmpty()) {
            throw new CommandException(ExitCode.USAGE, "--baseline runs no migration, so " + String.join(", ", conflicting)
                    + (conflicting.size() == 1 ? " does" : " do") + " not apply; nothing was run",
                    "run migrate --baseline alone, then migrate with those options");
        }
        BaselineOptions options = new BaselineOptions(command.baseline.isEmpty() ? null : command.baseline,
                command.dryRun, command.database.settings(command.lock.lockWait));
        BaselineResult result = Shale.baseline(target.url(), target.source(), options);
        String database = target.url().redacted();
        if (command.format == OutputFormat.JSON) {
            console.line(json(result, database));
        } else {
            text(console, result, database);
        }
        result.warnings().forEach(console::warn);
        return ExitCode.OK;
    }

    private static void text(Console console, BaselineResult result, String database) {
        console.line((result.dryRun() ? "Would record on " : "Recorded on ") + database + ", batch " + result.batch()
                + ", without running:");
        int width = result.recorded().stream().mapToInt(m -> m.name().length()).max().orElse(0);
        for (ExecutedMigration migration : result.recorded()) {
            console.line("  " + migration.version() + "  " + RunOutput.pad(migration.name(), width) + "  (not run)");
        }
        int count = result.recorded().size();
        console.line((result.dryRun() ? "Dry run: would mark " : "Marked ") + count
                + (count == 1 ? " migration" : " migrations") + " as applied (history " + result.historyTable() + ")"
                + (result.dryRun() ? "; nothing was changed." : "."));
        if (!result.pending().isEmpty()) {
            int pending = result.pending().size();
            console.line(pending + (pending == 1 ? " later migration is" : " later migrations are")
                    + " pending: run shale migrate to apply " + (pending == 1 ? "it." : "them."));
        }
    }

    private static String json(BaselineResult result, String database) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "baseline");
        out.put("database", database);
        out.put("dryRun", result.dryRun());
        out.put("batch", result.batch());
        out.put("historyTable", result.historyTable());
        List<Map<String, Object>> recorded = new ArrayList<>();
        for (ExecutedMigration migration : result.recorded()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", migration.version());
            item.put("name", migration.name());
            item.put("file", migration.file());
            recorded.add(item);
        }
        out.put("recorded", recorded);
        out.put("pending", result.pending());
        out.put("warnings", result.warnings());
        return JsonText.of(out);
    }
}
