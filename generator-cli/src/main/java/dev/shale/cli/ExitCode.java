package dev.shale.cli;

/** The documented process exit codes of every {@code shale} command. */
public final class ExitCode {

    /** Success; nothing to report. */
    public static final int OK = 0;
    /** Findings: drift, ungenerated changes, integrity mismatches. */
    public static final int FINDINGS = 1;
    /** Usage, configuration or declaration errors: nothing was written. */
    public static final int USAGE = 2;
    /** The database refused or failed. */
    public static final int DATABASE = 3;
    /**
     * A pre-flight data check failed ({@code migrate}, {@code rollback}): existing rows would make a migration fail
     * (NULLs before SET NOT NULL, duplicates before a unique key, ...); nothing was run.
     */
    public static final int DATA_CHECK = 8;

    private ExitCode() {
    }
}
