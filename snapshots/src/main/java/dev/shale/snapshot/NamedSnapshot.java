package dev.shale.snapshot;

import java.util.Objects;

/** A snapshot with the name of the file it came from, for messages. */
public record NamedSnapshot(String fileName, Snapshot snapshot) {

    public NamedSnapshot {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
