package dev.shale.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The runner refused to start (or to roll back) because the migrations on disk, the history or the
 * request do not allow it; nothing ran and nothing changed. Names the file when there is one and
 * the fix.
 */
public final class MigrationRefusedException extends ShaleException {

    private static final long serialVersionUID = 1L;

    /** Why the run was refused. */
    public enum Reason {
        /** The migrations do not match {@code shale.sum}. */
        SUM_MISMATCH,
        /** A file in the migrations folder cannot be read, is misnamed, or has an invalid header or script. */
        INVALID_FILE,
        /** The migration source (folder or classpath location) cannot be found or listed. */
        SOURCE_NOT_FOUND,
        /** An applied migration's file changed since it was applied. */
        CHECKSUM_CHANGED,
        /** An applied migration's file is no longer on disk. */
        FILE_MISSING,
        /** A pending migration is older than the newest applied one. */
        OUT_OF_ORDER,
        /** A target version that names no migration, or options that contradict each other. */
        INVALID_REQUEST,
        /**
         * A migration (up, or down for rollback) that loses data the database holds, or whose header declares data
         * loss without saying what it loses, without allowing it.
         */
        DATA_LOSS,
        /**
         * The rows fail a pre-flight data check of a migration to run ({@code shale:requires}): NULLs before SET NOT
         * NULL, duplicates before a unique key, orphans before a foreign key, and so on. Nothing ran.
         */
        DATA_CHECK,
        /** A migration to roll back has no down file. */
        NO_DOWN_FILE,
        /** A migration to roll back has a down file without statements: it cannot be undone. */
        IRREVERSIBLE,
        /** A baseline was asked for on a database whose history table already has rows. */
        HISTORY_NOT_EMPTY,
        /** A migration to mark as applied whose effect the database does not show (its schema differs). */
        SCHEMA_DIFFERS,
        /** A migration to mark as applied that changes no schema, so the database cannot show that it ran. */
        NO_EVIDENCE
    }

    private final Reason reason;
    private final String file;
    private final String description;
    private final String fix;

    public MigrationRefusedException(Reason reason, String file, String description, String fix) {
        this(reason, file, description, fix, null);
    }

    public MigrationRefusedException(Reason reason, String file, String description, String fix, Throwable cause) {
        super(Objects.requireNonNull(description, "description") + " Fix: " + Objects.requireNonNull(fix, "fix"),
                cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
        this.description = description;
        this.fix = fix;
    }

    /** Why the run was refused. */
    public Reason reason() {
        return reason;
    }

    /** The file at fault ({@code migrations/20261121093000_create_users.sql}), if there is one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** What is wrong, without the fix. */
    public String description() {
        return description;
    }

    /** What to do. */
    public String fix() {
        return fix;
    }
}
