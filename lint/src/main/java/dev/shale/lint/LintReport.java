package dev.shale.lint;

import dev.shale.diff.postgres.HazardSeverity;
import java.util.List;

/** What {@code shale lint} found in the files it read, in file and line order. */
public record LintReport(List<String> files, List<LintFinding> findings) {

    /** The version of the JSON shape ({@code lint-report.schema.json}); raised when a field changes meaning. */
    public static final int SCHEMA_VERSION = 1;

    public LintReport {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    /** The findings no {@code -- shale:allow} accepted. */
    public List<LintFinding> unaccepted() {
        return findings.stream().filter(f -> !f.accepted()).toList();
    }

    /**
     * Whether an unaccepted finding is at least as severe as {@code threshold} (ERROR is the most severe, NOTE the
     * least): what makes {@code shale lint} exit with 1.
     */
    public boolean fails(HazardSeverity threshold) {
        return unaccepted().stream().anyMatch(f -> f.code().severity().compareTo(threshold) <= 0);
    }
}
