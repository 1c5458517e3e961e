package dev.shale.api;

import java.util.List;
import java.util.Objects;

/**
 * A migration (or down migration) a run will execute, or the part of it one step runs: version, name, the file it
 * runs, the hazard codes of its header ({@code none} or {@code data-loss,long-lock}), its statements, where it is in
 * a file of steps ({@code step 2 of 3, non-transactional}, null for a file without {@code -- shale:step} markers) and
 * the header's {@code shale:hazard} lines this part concerns ({@code index-not-concurrent error public.t_a}), and
 * whether it ends the migration (then the history records it; otherwise the progress table records its steps).
 */
public record PlannedMigration(String version, String name, String file, String hazards,
        List<PlannedStatement> statements, String part, List<String> stepHazards, boolean endsMigration) {

    /** A whole migration without step markers or hazard lines. */
    public PlannedMigration(String version, String name, String file, String hazards,
            List<PlannedStatement> statements) {
        this(version, name, file, hazards, statements, null, List.of(), true);
    }

    public PlannedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(hazards, "hazards");
        statements = List.copyOf(statements);
        stepHazards = List.copyOf(stepHazards);
    }
}
