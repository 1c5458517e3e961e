package dev.shale.api;

import java.time.Instant;
import java.util.List;

/**
 * The objects Shale does not manage that changed since the last {@code migrate} or {@code rollback} recorded them
 * (in {@code shale_unmanaged_objects}, next to the history table).
 *
 * @param recorded whether a record exists; a database not migrated since Shale began recording has none, and then
 *     {@code changes} is empty
 * @param recordedAt when the record was made; {@code null} without one, or when it holds no object
 * @param changes each object created, dropped or changed since, by object
 */
public record UnmanagedReport(boolean recorded, Instant recordedAt, List<UnmanagedChange> changes) {

    public UnmanagedReport {
        changes = List.copyOf(changes);
    }
}
