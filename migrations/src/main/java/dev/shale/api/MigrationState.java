package dev.shale.api;

/** Where one migration stands, comparing the files with the history table. */
public enum MigrationState {
    /** Applied, and its file is unchanged. */
    APPLIED,
    /** On disk, not applied, newer than every applied migration: the next migrate applies it. */
    PENDING,
    /** Applied, but its file changed since: migrate refuses to run until it is restored. */
    MODIFIED,
    /** Applied, but its file is gone: migrate refuses to run until it is restored. */
    MISSING,
    /** On disk, not applied, older than the newest applied one: migrate refuses it unless allowed out of order. */
    OUT_OF_ORDER
}
