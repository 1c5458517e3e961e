package dev.shale.cli.check;

import java.util.List;

/**
 * Everything {@code shale check} found: the findings (each with its outcome), the ungenerated changes in
 * words, and the database part when {@code --db} was given.
 *
 * @param findings       every finding, in outcome order (4, 5, 6, 1, 7)
 * @param changes        the ungenerated changes, one line each; empty when the records match
 * @param latestSnapshot the snapshot the records were compared with, {@code null} when there is none
 * @param notes          sentences about what was not checked and why
 * @param database       the live database's part, {@code null} without {@code --db}
 */
public record CheckReport(List<Finding> findings, List<String> changes, String latestSnapshot, List<String> notes,
        DatabaseReport database) {

    public CheckReport {
        findings = findings.stream().sorted((a, b) -> a.outcome().compareTo(b.outcome())).toList();
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** The report's outcome: the first finding's, or CLEAN. */
    public CheckOutcome outcome() {
        return CheckOutcome.of(findings.stream().map(Finding::outcome).toList());
    }

    /** The process exit code. */
    public int exitCode() {
        return outcome().exitCode();
    }
}
