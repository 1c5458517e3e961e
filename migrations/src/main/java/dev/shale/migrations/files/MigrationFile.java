package dev.shale.migrations.files;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A migration found on disk: its version, name, up file and, when present, down file. */
public record MigrationFile(MigrationVersion version, MigrationName name, Path up, Path down) {

    public MigrationFile {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(up, "up");
    }

    /** The down file, if the migration has one. */
    public Optional<Path> downFile() {
        return Optional.ofNullable(down);
    }

    /** {@code <version>_<name>}, the stem shared by its files and its snapshot. */
    public String stem() {
        return version + "_" + name;
    }
}
