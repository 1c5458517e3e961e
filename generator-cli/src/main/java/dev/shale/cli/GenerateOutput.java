package dev.shale.cli;

import dev.shale.cli.render.MigrationText;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.postgres.ChangeDescriptions;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.Unrestorable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints what {@code generate} wrote: the changes, each hazard with its code, severity, object, why and the safer
 * alternative, what the down cannot restore and the files; or one JSON object, versioned by {@code schemaVersion}
 * and described by the JSON Schema {@code dev/shale/cli/schemas/generate.schema.json}.
 */
final class GenerateOutput {

    /** The version of the JSON's shape: raised when a field changes meaning or is removed. */
    static final int SCHEMA_VERSION = 1;

    /**
     * What a {@code generate} run did.
     *
     * @param version   the new migration's version, null when nothing changed
     * @param name      the new migration's name, null when nothing changed
     * @param plan      the plan written, null when nothing changed
     * @param written   the files written, as shown to the user
     * @param unchanged the sentence saying what matched, when nothing changed
     */
    record Run(String version, String name, MigrationPlan plan, List<String> written, String unchanged) {
    }

    private GenerateOutput() {
    }

    /** Prints {@code run} in {@code format}. */
    static void print(Console console, OutputFormat format, Run run) {
        if (format == OutputFormat.JSON) {
            console.result(JsonText.of(json(run)));
        } else {
            text(console, run);
        }
    }

    private static void text(Console console, Run run) {
        MigrationPlan plan = run.plan();
        if (plan == null) {
            console.line(run.unchanged());
            return;
        }
        console.line("Generated " + Words.count(plan.changes().size(), "change")
                + " (" + Words.count(plan.up().size(), "statement") + "):");
        plan.changes().forEach(change -> console.line("  " + MigrationText.oneLine(ChangeDescriptions.describe(change))));
        if (!plan.upHazards().isEmpty()) {
            console.line("Hazards (also in the migration's header):");
            for (Hazard hazard : plan.upHazards()) {
                console.line("  " + MigrationText.describe(hazard));
                console.line("    safer: " + hazard.code().alternative());
            }
        }
        if (!plan.downUnrestorable().isEmpty()) {
            console.line("The down cannot restore (rollback refuses it where the table has rows, unless --force):");
            plan.downUnrestorable().forEach(u -> console.line("  " + MigrationText.oneLine(u.message())));
        }
        console.line("Wrote:");
        run.written().forEach(path -> console.line("  " + path));
        console.line("Review the SQL, then commit these files together.");
    }

    private static Map<String, Object> json(Run run) {
        MigrationPlan plan = run.plan();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("command", "generate");
        out.put("changed", plan != null);
        Map<String, Object> migration = null;
        if (plan != null) {
            migration = new LinkedHashMap<>();
            migration.put("version", run.version());
            migration.put("name", run.name());
            migration.put("statements", plan.up().size());
            migration.put("downStatements", plan.down().size());
        }
        out.put("migration", migration);
        out.put("changes", plan == null ? List.of()
                : plan.changes().stream().map(c -> MigrationText.oneLine(ChangeDescriptions.describe(c))).toList());
        out.put("hazards", plan == null ? List.of() : hazards(plan.upHazards()));
        out.put("downHazards", plan == null ? List.of() : hazards(plan.downHazards()));
        out.put("downCannotRestore", plan == null ? List.of() : unrestorable(plan.downUnrestorable()));
        out.put("written", run.written());
        return out;
    }

    /** Hazards as {@code generate.schema.json}'s {@code hazard} objects (diff and push share the shape). */
    static List<Map<String, Object>> hazards(List<Hazard> hazards) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Hazard hazard : hazards) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", hazard.code().code());
            item.put("severity", hazard.severity().code());
            item.put("kind", hazard.kind().code());
            item.put("object", hazard.object());
            item.put("message", hazard.message());
            item.put("why", hazard.code().why());
            item.put("alternative", hazard.code().alternative());
            item.put("losses", hazard.losses().stream().map(loss -> loss.describe()).toList());
            out.add(item);
        }
        return out;
    }

    private static List<Map<String, Object>> unrestorable(List<Unrestorable> unrestorable) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Unrestorable u : unrestorable) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("column", u.describe());
            item.put("refill", u.refill());
            item.put("message", u.message());
            out.add(item);
        }
        return out;
    }
}
