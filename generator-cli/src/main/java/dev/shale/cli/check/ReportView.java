package dev.shale.cli.check;

import dev.shale.cli.Words;
import dev.shale.diff.drift.DriftItem;
import java.util.ArrayList;
import java.util.List;

/** What the text and Markdown templates of {@code shale check} show, prepared from a {@link CheckReport}. */
public final class ReportView {

    /** One finding as the templates show it. */
    public record FindingView(String label, int exitCode, String message, String fix) {
    }

    /** The database part as the templates show it. */
    public record DatabaseView(String url, String comparedWith, List<String> notes, boolean hasDrift,
            List<String> drift, List<String> fixSql, boolean hasUnmanaged, List<String> unmanaged) {
    }

    private final CheckReport report;

    public ReportView(CheckReport report) {
        this.report = report;
    }

    /** {@code exit 7: the database drifted from its migrations} or {@code ok: everything agrees}. */
    public String headline() {
        CheckOutcome outcome = report.outcome();
        int count = report.findings().size();
        return outcome == CheckOutcome.CLEAN ? "ok: everything agrees"
                : "exit " + outcome.exitCode() + ": " + outcome.summary() + " (" + count
                        + (count == 1 ? " finding)" : " findings)");
    }

    public List<FindingView> findings() {
        return report.findings().stream()
                .map(f -> new FindingView(label(f.outcome()), f.outcome().exitCode(), f.message(), f.fix())).toList();
    }

    public boolean hasChanges() {
        return !report.changes().isEmpty();
    }

    public List<String> changes() {
        return report.changes();
    }

    public String latestSnapshot() {
        return report.latestSnapshot() == null ? "an empty schema (no snapshot yet)" : report.latestSnapshot();
    }

    public List<String> notes() {
        return report.notes();
    }

    /** What was checked, for a clean report. */
    public String checked() {
        return report.database() == null ? "records, migrations, shale.sum, snapshots and down files agree."
                : "records, migrations, shale.sum, snapshots, down files and the database agree.";
    }

    public boolean clean() {
        return report.outcome() == CheckOutcome.CLEAN;
    }

    /** The database part, or {@code null} without {@code --db}. */
    public DatabaseView database() {
        DatabaseReport db = report.database();
        if (db == null) {
            return null;
        }
        List<String> notes = new ArrayList<>(db.notes());
        if (db.pending() > 0) {
            notes.add(db.pending() + (db.pending() == 1 ? " migration is" : " migrations are")
                    + " not applied yet (pending, not drift).");
        }
        String result = db.drift().isEmpty() ? "no drift."
                : Words.count(db.drift().size(), "object") + (db.drift().size() == 1 ? " differs." : " differ.");
        String comparedWith = !db.compared() ? "not compared."
                : db.expectedFrom() == null ? "compared with an empty schema; " + result
                : "compared with " + db.expectedFrom() + " (last applied migration " + db.lastApplied() + "); " + result;
        return new DatabaseView(db.database(), comparedWith, notes, !db.drift().isEmpty(),
                db.drift().stream().map(DriftItem::message).toList(), db.fixSql().stream().map(s -> s + ";").toList(),
                !db.unmanaged().isEmpty(), db.unmanaged());
    }


    private static String label(CheckOutcome outcome) {
        return switch (outcome) {
            case SUM_MISMATCH -> "integrity";
            case INVALID_MIGRATION -> "migration file";
            case CHAIN_BROKEN -> "snapshot chain";
            case MISSING_DOWN -> "down file";
            case UNGENERATED_CHANGES -> "ungenerated changes";
            case HISTORY_MISMATCH -> "history";
            case NOT_VALID -> "not valid";
            case DRIFT -> "drift";
            case UNMANAGED_CHANGED -> "unmanaged object";
            case CLEAN -> "ok";
        };
    }
}
