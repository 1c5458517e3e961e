package dev.shale.cli;

import dev.shale.migrations.verify.VerifyFailure;
import dev.shale.migrations.verify.VerifyResult;
import dev.shale.migrations.verify.VerifyStep;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Prints what {@code verify} found: a line per file run, then the verdict or the first failure; or one JSON object. */
final class VerifyOutput {

    private VerifyOutput() {
    }

    /** Prints {@code result} in {@code format}. */
    static void print(Console console, OutputFormat format, VerifyResult result, long totalMs) {
        if (format == OutputFormat.JSON) {
            console.result(json(result, totalMs));
        } else {
            text(console, result, totalMs);
        }
        result.warnings().forEach(console::warn);
    }

    private static void text(Console console, VerifyResult result, long totalMs) {
        if (result.migrations() == 0) {
            console.line("verified 0 migrations: there are none.");
            return;
        }
        console.line("Verifying " + Words.count(result.migrations(), "migration") + " on a throwaway " + result.database() + ":");
        int width = result.steps().stream().mapToInt(s -> s.file().length()).max().orElse(0);
        VerifyFailure failure = result.failure();
        if (failure != null && failure.file() != null) {
            width = Math.max(width, failure.file().length());
        }
        for (VerifyStep step : result.steps()) {
            console.line("  " + RunOutput.pad(direction(step.direction()), 4) + "  " + RunOutput.pad(step.file(), width)
                    + "  ok");
        }
        if (failure == null) {
            console.line("verified " + Words.count(result.migrations(), "migration") + ": each up gives its snapshot, each down the one"
                    + " before, and the database ends empty (" + seconds(totalMs) + ").");
            return;
        }
        switch (failure.kind()) {
            case DIFFERS -> {
                console.line("  " + RunOutput.pad(direction(failure.direction()), 4) + "  "
                        + RunOutput.pad(failure.file(), width) + "  differs");
                console.line(failure.file() + ": the database after it differs from "
                        + (failure.comparedWith() == null ? "the empty database" : failure.comparedWith()) + ":");
                failure.differences().forEach(d -> console.line("  - " + d));
            }
            case FAILED -> {
                console.line("  " + RunOutput.pad(direction(failure.direction()), 4) + "  "
                        + RunOutput.pad(failure.file(), width) + "  failed");
                console.line(failure.file() + " failed at " + failure.error().replace("\n", "\n  "));
            }
            case NO_DOWN_FILE -> console.line(failure.file() + " has no down file "
                    + failure.file().replaceAll("\\.sql$", ".down.sql") + ": the migration cannot be undone.");
            case SNAPSHOT_FAILED -> console.line(failure.file() + " cannot be built: " + failure.error()
                    .replace("\n", "\n  ") + "\n  (a broken snapshot or a bug in Shale's renderer: please report it)");
            case LEFT_BEHIND -> {
                console.line("the database is not empty after every down migration ran; left behind:");
                failure.differences().forEach(d -> console.line("  - " + d));
            }
        }
    }

    private static String json(VerifyResult result, long totalMs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", 1);
        out.put("command", "verify");
        out.put("formatVersion", 1);
        out.put("verified", result.verified());
        out.put("database", result.database());
        out.put("migrations", result.migrations());
        out.put("steps", result.steps().stream().map(VerifyOutput::step).toList());
        VerifyFailure failure = result.failure();
        if (failure == null) {
            out.put("failure", null);
        } else {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("kind", lower(failure.kind().name()));
            f.put("direction", failure.direction() == null ? null : direction(failure.direction()));
            f.put("version", failure.version());
            f.put("file", failure.file());
            f.put("comparedWith", failure.comparedWith());
            f.put("differences", failure.differences());
            f.put("error", failure.error());
            out.put("failure", f);
        }
        out.put("totalMs", totalMs);
        out.put("warnings", result.warnings());
        return JsonText.of(out);
    }

    private static Map<String, Object> step(VerifyStep step) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("direction", direction(step.direction()));
        out.put("version", step.version());
        out.put("name", step.name());
        out.put("file", step.file());
        out.put("comparedWith", step.comparedWith());
        out.put("ms", step.executionMs());
        return out;
    }

    private static String direction(VerifyStep.Direction direction) {
        return lower(direction.name());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }


    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
