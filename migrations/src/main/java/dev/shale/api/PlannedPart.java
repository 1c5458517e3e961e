package dev.shale.api;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link PlannedStep} runs of a migration (or down migration): the whole file, or the part of a file of
 * several steps that runs apart. Version, name, the file, the hazard codes of its header ({@code none} or
 * {@code data-loss,long-lock}), its statements, where it is in a file of steps ({@code step 2 of 3,
 * non-transactional}, null for a file without {@code -- shale:step} markers), whether it runs in a transaction, the
 * header's {@code shale:hazard} lines this part concerns ({@code index-not-concurrent error public.t_a}), and whether
 * it ends the migration (then the history records it; otherwise the progress table records its steps).
 */
public record PlannedPart(String version, String name, String file, String hazards, List<PlannedStatement> statements,
        String part, boolean transactional, List<String> stepHazards, boolean endsMigration) {

    /** A whole transactional migration without step markers or hazard lines. */
    public PlannedPart(String version, String name, String file, String hazards, List<PlannedStatement> statements) {
        this(version, name, file, hazards, statements, null, true, List.of(), true);
    }

    public PlannedPart {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(hazards, "hazards");
        statements = List.copyOf(statements);
        stepHazards = List.copyOf(stepHazards);
    }
}
