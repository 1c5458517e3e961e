package dev.shale.migrations.files;

import dev.shale.snapshot.NamedSnapshot;
import dev.shale.snapshot.SnapshotChain;
import java.util.List;

/**
 * The snapshots folder, read and verified: snapshots in version order (each named by its path
 * relative to the project) and the files that are not snapshots.
 */
public record SnapshotListing(List<NamedSnapshot> snapshots, List<StrayFile> strays) {

    public SnapshotListing {
        snapshots = List.copyOf(snapshots);
        strays = List.copyOf(strays);
    }

    /** The snapshots as a chain, with its findings. */
    public SnapshotChain chain() {
        return SnapshotChain.of(snapshots);
    }
}
