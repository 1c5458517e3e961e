package dev.shale.snapshot;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A snapshot file: its name (for messages), the ids the chain is checked with, and its content, which a
 * listing of the snapshots folder reads and verifies only when asked ({@link #snapshot()}): a project with
 * hundreds of migrations of a large schema holds hundreds of megabytes of snapshots, and most commands use
 * one or two of them.
 */
public final class NamedSnapshot {

    private final String fileName;
    private final String id;
    private final String previousId;
    private Supplier<Snapshot> content;
    private Snapshot snapshot;

    /** A snapshot already read. */
    public NamedSnapshot(String fileName, Snapshot snapshot) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.id = snapshot.id();
        this.previousId = snapshot.previousId();
    }

    private NamedSnapshot(String fileName, String id, String previousId, Supplier<Snapshot> content) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.id = Objects.requireNonNull(id, "id");
        this.previousId = previousId;
        this.content = Objects.requireNonNull(content, "content");
    }

    /**
     * A snapshot known by its header so far; {@code content} reads the whole file when {@link #snapshot()} is
     * first called, and throws what reading it throws: a file that is not a valid snapshot, whose content does
     * not hash to its id, or whose ids are not the header's.
     */
    public static NamedSnapshot lazy(String fileName, SnapshotFileHeader header, Supplier<Snapshot> content) {
        return new NamedSnapshot(fileName, header.id(), header.previousId(), content);
    }

    /** The file's name as shown in messages, such as {@code snapshots/20261121093000_create_users.json}. */
    public String fileName() {
        return fileName;
    }

    /** The snapshot's id, from its header. */
    public String id() {
        return id;
    }

    /** The id of the snapshot it follows, from its header; {@code null} for the first. */
    public String previousId() {
        return previousId;
    }

    /** The snapshot, read and verified on the first call. */
    public synchronized Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = content.get();
            content = null;
        }
        return snapshot;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedSnapshot that && fileName.equals(that.fileName) && id.equals(that.id)
                && Objects.equals(previousId, that.previousId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, id, previousId);
    }

    @Override
    public String toString() {
        return "NamedSnapshot[" + fileName + ", id " + id + "]";
    }
}
