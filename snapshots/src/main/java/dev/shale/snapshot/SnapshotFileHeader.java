package dev.shale.snapshot;

import java.util.Objects;

/** The fields of a snapshot file before its schema: enough to check the chain without reading the schema. */
public record SnapshotFileHeader(int formatVersion, String dialect, String id, String previousId) {

    public SnapshotFileHeader {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(id, "id");
    }

    /** The header of {@code snapshot}. */
    public static SnapshotFileHeader of(Snapshot snapshot) {
        return new SnapshotFileHeader(snapshot.formatVersion(), snapshot.dialect(), snapshot.id(),
                snapshot.previousId());
    }
}
