package dev.shale.api;

/** How a run groups its migrations into transactions. */
public enum TransactionMode {
    /**
     * The default: the whole batch in one transaction, so a failure rolls back everything and records
     * nothing. Two things split it: a migration marked {@code -- shale:transactional false} runs alone
     * in autocommit (the group before it is committed first), and an {@code ALTER TYPE ... ADD VALUE}
     * is committed right away when more statements follow, since PostgreSQL refuses to use a new enum
     * label in the transaction that added it (generated SQL uses {@code ADD VALUE IF NOT EXISTS}, so a
     * run retried after a later failure goes through).
     */
    BATCH,
    /** One transaction per migration: each is committed (and recorded) as soon as it succeeds. */
    EACH
}
