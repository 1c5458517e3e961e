package dev.shale.cli;

import dev.shale.api.BaselineOptions;
import dev.shale.api.BaselineResult;
import dev.shale.api.ExecutedMigration;
import dev.shale.api.Shale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shale migrate --baseline [VERSION]}: records the baseline as applied without running it, and says so; its
 * option checks and output serve {@link MarkAppliedRun} too.
 */
final class BaselineRun {

    private BaselineRun() {
    }

    /** Runs the baseline for {@code command}'s options; refuses the options that only apply to running migrations. */
    static int run(Console console, DatabaseOptions.Target target, MigrateCommand command) {
        refuseRunOptions(command, "--baseline", command.force ? List.of("--force") : List.of());
        BaselineOptions options = new BaselineOptions(command.baseline.isEmpty() ? null : command.baseline,
                command.dryRun, command.database.settings(command.lock.lockWait));
        print(console, command.format, "baseline", Shale.baseline(target.url(), target.source(), options),
                target.url().redacted());
        return ExitCode.OK;
    }

    /**
     * Refuses, with a usage error, the options of {@code command} that only apply to running migrations (and
     * {@code others}), given with {@code flag}, which records migrations without running them.
     */
    static void refuseRunOptions(MigrateCommand command, String flag, List<String> others) {
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
        conflicting.addAll(others);
        if (!conflicting.isEmpty()) {
            throw new CommandException(ExitCode.USAGE, flag + " runs no migration, so " + String.join(", ", conflicting)
                    + (conflicting.size() == 1 ? " does" : " do") + " not apply; nothing was run",
                    "run migrate " + flag + " without " + (conflicting.size() == 1 ? "it" : "them")
                            + ", then migrate with those options");
        }
    }

    /** Prints what was (or would be) recorded without running, in {@code format}; {@code name} names the command in JSON. */
    static void print(Console console, OutputFormat format, String name, BaselineResult result, String database) {
        if (format == OutputFormat.JSON) {
            console.result(json(name, result, database));
        } else {
            text(console, result, database);
        }
        result.warnings().forEach(console::warn);
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

    private static String json(String name, BaselineResult result, String database) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", RunOutput.SCHEMA_VERSION);
        out.put("command", name);
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
