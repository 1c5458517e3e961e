package dev.shale.diff.postgres;

/**
 * How a statement must run, which decides the step it goes in. Quick DDL, additions, scans and fills share
 * transactional steps; a validation waits for a later transactional step; a
 * concurrent index build or drop gets a non-transactional step of its own; an {@code ALTER TYPE ... ADD VALUE} gets
 * a transactional step of its own, committed before the value is used.
 */
public enum StatementMode {
    /** Quick DDL under a brief lock. */
    QUICK,
    /** Quick DDL that only adds an object (a constraint NOT VALID, a constraint on a built index). */
    ADDITION,
    /** Plain DDL that scans or rewrites a table with rows (a plain index build, a type change): no time limit. */
    SCAN,
    /**
     * A fill of a column's NULLs: no time limit; it shares the transaction of the statements before it (the ADD
     * COLUMN it fills), so that a fill that fails leaves nothing of its migration applied.
     */
    LONG,
    /** {@code VALIDATE CONSTRAINT}: in a later transaction than the constraint's addition, no time limit. */
    VALIDATE,
    /** {@code CREATE|DROP INDEX CONCURRENTLY}: a non-transactional step of its own, no time limit. */
    CONCURRENT,
    /** {@code ALTER TYPE ... ADD VALUE}: a transactional step of its own. */
    ALONE;

    /** Whether a step holding a statement of this mode needs no statement timeout (index builds, scans, fills). */
    public boolean unbounded() {
        return this == SCAN || this == LONG || this == VALIDATE || this == CONCURRENT;
    }
}
