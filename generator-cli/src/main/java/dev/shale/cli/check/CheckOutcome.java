package dev.shale.cli.check;

import dev.shale.cli.ExitCode;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code shale check} found, each with its exit code. When there are several, the report's outcome
 * is the first of this order: integrity and readable migration files (4), snapshot chain (5), down files (6),
 * ungenerated changes (1), the database's history, its invalid objects, its drift and its unmanaged objects
 * changed outside the migrations (7); {@link #CLEAN} (0) when
 * there is none.
 */
public enum CheckOutcome {
    /** Records, migrations, snapshots (and the database) agree. */
    CLEAN(ExitCode.OK, "everything agrees"),
    /** Migration files do not match {@code shale.sum}, or a file in the folders is not named as Shale expects. */
    SUM_MISMATCH(ExitCode.INTEGRITY, "migrations do not match shale.sum"),
    /**
     * A migration file that {@code migrate} or {@code rollback} would refuse to read: not UTF-8 or not a regular
     * file, a {@code shale:} header line it cannot read, an unterminated string, dollar quote or comment, or
     * transaction or session control its header does not allow.
     */
    INVALID_MIGRATION(ExitCode.INTEGRITY, "a migration file cannot be run"),
    /** The snapshot chain is broken or forked (a branch conflict), or a migration has no snapshot. */
    CHAIN_BROKEN(ExitCode.CHAIN, "the snapshot chain is broken"),
    /** A migration has no {@code .down.sql}. */
    MISSING_DOWN(ExitCode.MISSING_DOWN, "a migration has no down file"),
    /** The schema records differ from the latest snapshot. */
    UNGENERATED_CHANGES(ExitCode.FINDINGS, "the schema records have ungenerated changes"),
    /**
     * The database's history disagrees with the migrations where {@code migrate} refuses to run: an applied
     * migration modified or missing, a pending one older than the newest applied (as {@code shale status} says).
     */
    HISTORY_MISMATCH(ExitCode.DATABASE_DISAGREES, "the database's history disagrees with the migrations"),
    /** The database holds an INVALID index or a NOT VALID foreign key or check, which the snapshot has as valid. */
    NOT_VALID(ExitCode.DATABASE_DISAGREES, "the database holds an invalid index or constraint"),
    /** The live database differs from the snapshot of its last applied migration. */
    DRIFT(ExitCode.DATABASE_DISAGREES, "the database drifted from its migrations"),
    /**
     * An object Shale does not manage (a view, a trigger, a function ...) was created, dropped or changed since the
     * last migrate or rollback recorded them: outside the migrations.
     */
    UNMANAGED_CHANGED(ExitCode.DATABASE_DISAGREES, "an object Shale does not manage changed outside the migrations");

    private final int exitCode;
    private final String summary;

    CheckOutcome(int exitCode, String summary) {
        this.exitCode = exitCode;
        this.summary = summary;
    }

    /** The process exit code. */
    public int exitCode() {
        return exitCode;
    }

    /** A few words for the report's headline. */
    public String summary() {
        return summary;
    }

    /** The outcome of a report with these findings' outcomes: the first in precedence order, or CLEAN. */
    public static CheckOutcome of(List<CheckOutcome> found) {
        return found.stream().filter(o -> o != CLEAN).min(Comparator.naturalOrder()).orElse(CLEAN);
    }
}
