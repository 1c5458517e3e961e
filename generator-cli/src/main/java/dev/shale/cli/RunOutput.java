package dev.shale.cli;

import dev.shale.api.ExecutedMigration;
import dev.shale.api.Plan;
import dev.shale.api.PlannedMigration;
import dev.shale.api.PlannedPart;
import dev.shale.cli.render.MigrationText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints what {@code migrate} and {@code rollback} did: as text (each migration with its time, the
 * batch, totals), as exactly {@link Plan#sql()} for a dry run (after the pre-flight data checks it ran, as SQL
 * comments), or as one JSON object.
 */
final class RunOutput {

    /** What a run did, whichever command ran. */
    record Run(String command, String database, boolean dryRun, int batch, List<ExecutedMigration> executed,
            Plan plan, long totalMs, String backup, List<String> warnings, List<String> dataChecks) {
    }

    /** The version of the JSON's shape ({@code migrate.schema.json}, {@code rollback.schema.json}). */
    static final int SCHEMA_VERSION = 1;

    private RunOutput() {
    }

    /** Prints {@code run} in {@code format}. */
    static void print(Console console, OutputFormat format, Run run) {
        if (format == OutputFormat.JSON) {
            console.result(json(run));
        } else if (run.dryRun()) {
            if (!run.dataChecks().isEmpty()) {
                console.result("-- pre-flight data checks, run read-only on " + run.database() + ":");
                run.dataChecks().forEach(check -> console.result("--   " + MigrationText.oneLine(check)));
            }
            String sql = run.plan().sql();
            console.result(sql);
        } else {
            text(console, run);
        }
        run.warnings().forEach(console::warn);
    }

    private static void text(Console console, Run run) {
        boolean migrate = run.command().equals("migrate");
        if (run.executed().isEmpty()) {
            console.line((migrate ? "Nothing to migrate: every migration is applied on " : "Nothing to roll back on ")
                    + run.database() + ".");
            return;
        }
        console.line((migrate ? "Migrated " : "Rolled back ") + run.database() + ", batch " + run.batch() + ":");
        int width = run.executed().stream().mapToInt(m -> m.name().length()).max().orElse(0);
        for (ExecutedMigration migration : run.executed()) {
            console.line("  " + migration.version() + "  " + pad(migration.name(), width) + "  "
                    + String.format("%6d ms", migration.executionMs()));
        }
        int count = run.executed().size();
        console.line((migrate ? "Applied " : "Rolled back ") + count + (count == 1 ? " migration" : " migrations")
                + (migrate ? " as batch " : " of batch ") + run.batch() + " in " + run.totalMs() + " ms (history "
                + run.plan().historyTable() + ").");
    }

    private static String json(Run run) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("command", run.command());
        out.put("database", run.database());
        out.put("dryRun", run.dryRun());
        out.put("batch", run.batch());
        out.put("historyTable", run.plan().historyTable());
        List<Map<String, Object>> executed = new ArrayList<>();
        for (ExecutedMigration migration : run.executed()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", migration.version());
            item.put("name", migration.name());
            item.put("file", migration.file());
            item.put("executionMs", migration.executionMs());
            executed.add(item);
        }
        out.put(run.command().equals("migrate") ? "applied" : "rolledBack", executed);
        List<Map<String, Object>> planned = new ArrayList<>();
        for (PlannedMigration migration : run.plan().migrations()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", migration.version());
            item.put("name", migration.name());
            item.put("file", migration.file());
            item.put("hazards", migration.hazards());
            item.put("transactional", migration.transactional());
            List<Map<String, Object>> steps = new ArrayList<>();
            for (PlannedPart part : migration.parts()) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("step", part.part());
                step.put("transactional", part.transactional());
                steps.add(step);
            }
            item.put("steps", steps);
            planned.add(item);
        }
        out.put("planned", planned);
        out.put("dataChecks", run.dataChecks());
        out.put("sql", run.dryRun() ? run.plan().sql() : null);
        out.put("totalMs", run.totalMs());
        out.put("backup", run.backup());
        out.put("warnings", run.warnings());
        return JsonText.of(out);
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
