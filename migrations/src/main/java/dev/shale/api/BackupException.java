package dev.shale.api;

import java.util.Objects;

/** A backup before migrating could not be made; nothing was migrated. Names the fix. */
public final class BackupException extends ShaleException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** {@code pg_dump} is not installed (not on {@code PATH}). */
        PG_DUMP_MISSING,
        /** {@code pg_dump} ran and failed; the message holds what it wrote to standard error. */
        PG_DUMP_FAILED,
        /** The backup file exists already; backups are never overwritten. */
        FILE_EXISTS,
        /** The backup file could not be written. */
        WRITE_FAILED
    }

    private final Reason reason;
    private final String fix;

    public BackupException(Reason reason, String description, String fix, Throwable cause) {
        super(Objects.requireNonNull(description, "description") + " Fix: " + Objects.requireNonNull(fix, "fix"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.fix = fix;
    }

    /** What went wrong. */
    public Reason reason() {
        return reason;
    }

    /** What to do. */
    public String fix() {
        return fix;
    }
}
