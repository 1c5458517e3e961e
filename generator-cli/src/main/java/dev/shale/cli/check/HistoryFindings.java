package dev.shale.cli.check;

import dev.shale.api.MigrationState;
import dev.shale.api.MigrationStatus;
import dev.shale.api.StatusReport;
import dev.shale.migrations.files.MigrationDirectory;
import java.util.List;
import java.util.Set;

/**
 * {@code shale check --db}: one finding per migration that makes {@code migrate} refuse to run, as {@code shale
 * status} classifies it (modified, missing, out of order), so that {@code check} passes only where {@code migrate}
 * would.
 */
public final class HistoryFindings {

    /** The states in which {@code migrate} refuses to run (out of order: unless {@code --allow-out-of-order}). */
    private static final Set<MigrationState> REFUSED = Set.of(MigrationState.MODIFIED, MigrationState.MISSING,
            MigrationState.OUT_OF_ORDER);

    private static final String NEVER_EDIT = "; never edit or delete an applied migration: to change what it did,"
            + " create a new migration (shale generate or shale create NAME)";

    private HistoryFindings() {
    }

    /** The migrations of {@code status} that {@code migrate} refuses, in version order. */
    static List<MigrationStatus> refused(StatusReport status) {
        return status.migrations().stream().filter(m -> REFUSED.contains(m.state())).toList();
    }

    /** One finding per migration of the report's history (those {@link #refused}), naming its file and the fix. */
    public static List<Finding> of(DatabaseReport report, MigrationDirectory directory) {
        return report.history().stream().map(m -> finding(m, directory, report.lastApplied())).toList();
    }

    private static Finding finding(MigrationStatus m, MigrationDirectory directory, String newestApplied) {
        String applied = "applied in batch " + m.batch() + " at " + m.appliedAt() + " by " + m.appliedBy();
        return switch (m.state()) {
            case MODIFIED -> new Finding(CheckOutcome.HISTORY_MISMATCH, m.file() + " changed after it was " + applied
                    + " (shale status: modified), so migrate refuses to run.", List.of(m.file()),
                    "restore it as it was applied (git checkout -- " + m.file() + ", or from the commit that added it),"
                            + " then run shale hash" + NEVER_EDIT);
            case MISSING -> {
                String file = directory.display(directory.migrationsFolder().resolve(m.version() + "_" + m.name()
                        + ".sql"));
                yield new Finding(CheckOutcome.HISTORY_MISMATCH, "migration " + m.version() + "_" + m.name()
                        + " was " + applied + ", but its file " + file + " is missing (shale status: missing), so"
                        + " migrate refuses to run.", List.of(file),
                        "restore it, its down and its snapshot from version control, then run shale hash" + NEVER_EDIT);
            }
            case OUT_OF_ORDER -> new Finding(CheckOutcome.HISTORY_MISMATCH, "pending migration " + m.file()
                    + " is older than the newest applied migration " + newestApplied + " (shale status: out-of-order;"
                    + " merged from another branch?), so migrate refuses it.", List.of(m.file()),
                    "if it does not depend on the migrations applied after it, run shale migrate --allow-out-of-order;"
                            + " otherwise regenerate it on top of the latest migration (delete it, its down and its"
                            + " snapshot, then run shale generate)");
            case APPLIED, PENDING -> throw new IllegalArgumentException(m.state() + " is not refused");
        };
    }
}
