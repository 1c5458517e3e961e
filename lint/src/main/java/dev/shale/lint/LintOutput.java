package dev.shale.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.diff.postgres.HazardCode;
import dev.shale.diff.postgres.HazardSeverity;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/** A {@link LintReport} printed as text, JSON ({@code lint-report.schema.json}) or Markdown; SARIF: {@link SarifOutput}. */
public final class LintOutput {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LintOutput() {
    }

    /** {@code report} in {@code format}, ending with a line break. */
    public static String render(LintReport report, LintFormat format) {
        return switch (format) {
            case TEXT -> text(report);
            case JSON -> write(json(report));
            case MARKDOWN -> markdown(report);
            case SARIF -> write(SarifOutput.sarif(report));
        };
    }

    /** The JSON report: {@code schemaVersion}, files, counts and findings. */
    static ObjectNode json(LintReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", LintReport.SCHEMA_VERSION);
        ArrayNode files = root.putArray("files");
        report.files().forEach(files::add);
        ObjectNode summary = root.putObject("summary");
        summary.put("findings", report.findings().size());
        summary.put("accepted", report.findings().size() - report.unaccepted().size());
        for (HazardSeverity severity : HazardSeverity.values()) {
            summary.put(severity.code() + "s", report.unaccepted().stream()
                    .filter(f -> f.code().severity() == severity).count());
        }
        ArrayNode findings = root.putArray("findings");
        for (LintFinding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("code", finding.code().code());
            node.put("severity", finding.code().severity().code());
            node.put("kind", finding.code().kind().code());
            node.put("file", finding.file());
            node.put("line", finding.line());
            node.put("object", finding.object());
            node.put("message", finding.message());
            node.put("why", finding.code().why());
            node.put("alternative", finding.code().alternative());
            node.put("accepted", finding.accepted());
            if (finding.accepted()) {
                node.put("acceptedReason", finding.acceptedReason());
            }
        }
        return root;
    }

    private static String text(LintReport report) {
        StringBuilder out = new StringBuilder();
        for (LintFinding f : report.findings()) {
            out.append(f.file()).append(':').append(f.line()).append(": ")
                    .append(f.accepted() ? "accepted" : f.code().severity().code()).append(' ')
                    .append(f.code().code()).append(' ').append(f.object()).append(": ").append(f.message());
            if (f.accepted()) {
                out.append(" (").append(f.acceptedReason()).append(')').append('\n');
            } else {
                out.append('\n').append("  why: ").append(f.code().why()).append('\n')
                        .append("  instead: ").append(f.code().alternative()).append('\n');
            }
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    private static String markdown(LintReport report) {
        StringBuilder out = new StringBuilder("## shale lint\n\n").append(summary(report)).append("\n");
        if (report.findings().isEmpty()) {
            return out.toString();
        }
        out.append("\n| File | Line | Severity | Code | Object | Finding |\n| --- | --- | --- | --- | --- | --- |\n");
        Set<HazardCode> codes = new LinkedHashSet<>();
        for (LintFinding f : report.findings()) {
            codes.add(f.code());
            out.append("| ").append(cell(f.file())).append(" | ").append(f.line()).append(" | ")
                    .append(f.accepted() ? "accepted: " + cell(f.acceptedReason()) : f.code().severity().code())
                    .append(" | `").append(f.code().code()).append("` | ").append(cell(f.object())).append(" | ")
                    .append(cell(f.message())).append(" |\n");
        }
        out.append("\n| Code | Why | Instead |\n| --- | --- | --- |\n");
        for (HazardCode code : codes) {
            out.append("| `").append(code.code()).append("` | ").append(cell(code.why())).append(" | ")
                    .append(cell(code.alternative())).append(" |\n");
        }
        return out.toString();
    }

    private static String summary(LintReport report) {
        long errors = count(report, HazardSeverity.ERROR);
        long warnings = count(report, HazardSeverity.WARNING);
        long notes = count(report, HazardSeverity.NOTE);
        int accepted = report.findings().size() - report.unaccepted().size();
        return report.files().size() + (report.files().size() == 1 ? " file" : " files") + ": " + errors
                + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + notes + (notes == 1 ? " note" : " notes") + " unaccepted; " + accepted + " accepted.";
    }

    private static long count(LintReport report, HazardSeverity severity) {
        return report.unaccepted().stream().filter(f -> f.code().severity() == severity).count();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String write(Object node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
