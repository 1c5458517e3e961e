package dev.shale.migrations.runner.source;

import dev.shale.migrations.files.MigrationVersion;
import java.util.Objects;
import java.util.Optional;

/** A migration read from its source: version, name, up file and, when present, down file. */
public record SourceMigration(MigrationVersion version, String name, SourceFile up, SourceFile down) {

    public SourceMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(up, "up");
    }

    /** The version's 14 digits. */
    public String versionText() {
        return version.toString();
    }

    /** The down file, if any. */
    public Optional<SourceFile> downFile() {
        return Optional.ofNullable(down);
    }
}
