package dev.shale.api;

import java.util.List;
import java.util.Objects;

/**
 * A migration (or down migration) a run will execute: version, name, the file it runs, the hazard
 * codes of its header ({@code none} or {@code data-loss,long-lock}) and its statements.
 */
public record PlannedMigration(String version, String name, String file, String hazards,
        List<PlannedStatement> statements) {

    public PlannedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(hazards, "hazards");
        statements = List.copyOf(statements);
    }
}
