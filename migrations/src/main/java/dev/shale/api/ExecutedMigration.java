package dev.shale.api;

import java.util.Objects;

/** A migration (or down migration) a run executed: version, name, the file it ran and how long it took. */
public record ExecutedMigration(String version, String name, String file, long executionMs) {

    public ExecutedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }
}
