package dev.shale.migrations.files;

import java.util.Objects;

/**
 * A migration to write: its version, name, up and down SQL (empty for a custom migration's down
 * until the user fills it in) and the text of the snapshot after it (see {@code SnapshotJson.write}).
 */
public record PendingMigration(MigrationVersion version, MigrationName name, String up, String down,
        String snapshot) {

    public PendingMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(up, "up");
        Objects.requireNonNull(down, "down");
        Objects.requireNonNull(snapshot, "snapshot");
    }

    /** {@code <version>_<name>}. */
    public String stem() {
        return version + "_" + name;
    }
}
