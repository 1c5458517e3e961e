package dev.shale.migrations.files;

import dev.shale.snapshot.NamedSnapshot;
import dev.shale.snapshot.SnapshotChain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshots folder, read and verified: snapshots in version order (each named by its path
 * relative to the project) and the files that are not snapshots.
 */
public record SnapshotListing(List<NamedSnapshot> snapshots, List<StrayFile> strays) {

    public SnapshotListing {
        snapshots = List.copyOf(snapshots);
        strays = List.copyOf(strays);
    }

    /** The snapshots by the stem of their file name, {@code <version>_<name>}, which is their migration's stem. */
    public Map<String, NamedSnapshot> byStem() {
        Map<String, NamedSnapshot> byStem = new LinkedHashMap<>();
        snapshots.forEach(s -> byStem.put(stem(s.fileName()), s));
        return byStem;
    }

    /** The snapshot written with the migration of {@code version}, if any. */
    public Optional<NamedSnapshot> forVersion(String version) {
        return snapshots.stream().filter(s -> stem(s.fileName()).startsWith(version + "_")).findFirst();
    }

    /** {@code <version>_<name>} of a snapshot file's path {@code .../<version>_<name>.json}. */
    public static String stem(String snapshotFile) {
        String name = snapshotFile.substring(snapshotFile.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    /** The snapshots as a chain, with its findings. */
    public SnapshotChain chain() {
        return SnapshotChain.of(snapshots);
    }
}
