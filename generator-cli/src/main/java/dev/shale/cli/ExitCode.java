package dev.shale.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process exit codes of every {@code shale} command, in one table ({@link #TABLE}): the top-level help, each
 * command's help and docs/cli.md are made from it, and a test holds them to it.
 */
public final class ExitCode {

    /** Success; nothing to report. */
    public static final int OK = 0;
    /** Findings: drift, ungenerated changes, integrity mismatches, unaccepted lint findings, differing sources. */
    public static final int FINDINGS = 1;
    /** Usage, configuration or declaration errors: nothing was written. */
    public static final int USAGE = 2;
    /** The database refused or failed. */
    public static final int DATABASE = 3;
    /** ({@code check}) the migrations do not match {@code shale.sum}, or a migration file cannot be run. */
    public static final int INTEGRITY = 4;
    /** ({@code check}) the snapshot chain is broken, or two migrations were generated from one snapshot. */
    public static final int CHAIN = 5;
    /** ({@code check}) a migration has no down file. */
    public static final int MISSING_DOWN = 6;
    /**
     * ({@code check --db}) the database disagrees with the migrations: history, invalid objects, drift or unmanaged
     * objects changed outside the migrations.
     */
    public static final int DATABASE_DISAGREES = 7;
    /**
     * A pre-flight data check failed ({@code migrate}, {@code rollback}): existing rows would make a migration fail
     * (NULLs before SET NOT NULL, duplicates before a unique key, ...); nothing was run.
     */
    public static final int DATA_CHECK = 8;
    /** A bug in Shale itself. */
    public static final int INTERNAL = 70;

    /** One documented exit code: its number and what it means, as help and docs show it. */
    public record Entry(int code, String meaning) {
    }

    /** Every exit code, in numeric order. */
    public static final List<Entry> TABLE = List.of(
            new Entry(OK, "success: nothing to report, or the work was done"),
            new Entry(FINDINGS, "findings: ungenerated changes (check), a modified, missing or out-of-order migration (status), unaccepted lint findings"
                    + " (lint), a failed replay (verify), differing sources (diff --exit-code)"),
            new Entry(USAGE, "usage, configuration or declaration error, or a refused operation; nothing was written"),
            new Entry(DATABASE, "database error (connecting, reading, running); an open transaction was rolled back"),
            new Entry(INTEGRITY, "(check) migrations do not match shale.sum (fix: shale hash if the edit was"
                    + " deliberate), or a migration file cannot be run"),
            new Entry(CHAIN, "(check) the snapshot chain is broken, a migration lacks its snapshot, or a branch"
                    + " conflict: two migrations generated from one snapshot (fix: regenerate yours on top)"),
            new Entry(MISSING_DOWN, "(check) a migration has no .down.sql"),
            new Entry(DATABASE_DISAGREES, "(check --db) the database disagrees with the migrations: a modified, missing"
                    + " or out-of-order migration in its history, an INVALID index or NOT VALID constraint, drift, or an"
                    + " object Shale does not manage (a view, a trigger, ...) created, dropped or changed since the last"
                    + " migrate or rollback"),
            new Entry(DATA_CHECK, "(migrate, rollback) a pre-flight data check failed: existing rows would make a"
                    + " migration fail; nothing was run"),
            new Entry(INTERNAL, "internal error (a bug in Shale: please report it)"));

    /** The heading of the exit-code list in every command's help. */
    public static final String HELP_HEADING = "%nExit codes:%n";

    private ExitCode() {
    }

    /** The table as picocli's exit-code list: code to meaning, in order. */
    public static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (Entry entry : TABLE) {
            list.put(String.valueOf(entry.code()), entry.meaning());
        }
        return list;
    }
}
