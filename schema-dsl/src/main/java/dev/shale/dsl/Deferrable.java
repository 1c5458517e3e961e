package dev.shale.dsl;

/** When a key or foreign key is checked: after each statement, or deferrable to the end of the transaction. */
public enum Deferrable {
    /** {@code NOT DEFERRABLE} (PostgreSQL's default): checked after each statement. */
    NOT_DEFERRABLE,
    /** {@code DEFERRABLE INITIALLY IMMEDIATE}: checked after each statement unless a transaction defers it. */
    INITIALLY_IMMEDIATE,
    /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit unless a transaction asks for it sooner. */
    INITIALLY_DEFERRED
}
