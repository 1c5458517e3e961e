package dev.shale.dsl;

/** What logical replication sends to identify an updated or deleted row ({@code ALTER TABLE ... REPLICA IDENTITY}). */
public enum ReplicaIdentity {
    /** The primary key's columns (PostgreSQL's default). */
    DEFAULT,
    /** Every column of the old row. */
    FULL,
    /** Nothing: updates and deletes cannot be replicated. */
    NOTHING,
    /** The columns of the unique index named by {@link Table#replicaIdentityIndex()}. */
    USING_INDEX
}
