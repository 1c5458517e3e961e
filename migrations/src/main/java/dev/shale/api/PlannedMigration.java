package dev.shale.api;

import java.util.List;
import java.util.Objects;

/**
 * A migration (or down migration) a run will execute, once however many steps it runs in: version, name, the file,
 * the hazard codes of its header, and its parts in run order ({@link PlannedPart}: the whole file, or one part per
 * step of a file of several steps; a file resumed half-way has only its steps still to run).
 */
public record PlannedMigration(String version, String name, String file, String hazards, List<PlannedPart> parts) {

    public PlannedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(hazards, "hazards");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("migration " + version + " has no part to run");
        }
    }

    /** Every statement the run executes of it, in order. */
    public List<PlannedStatement> statements() {
        return parts.stream().flatMap(p -> p.statements().stream()).toList();
    }

    /** Whether every part runs in a transaction. */
    public boolean transactional() {
        return parts.stream().allMatch(PlannedPart::transactional);
    }

    /** Whether the run ends it (records it in the history), rather than stopping at a step. */
    public boolean endsMigration() {
        return parts.get(parts.size() - 1).endsMigration();
    }
}
