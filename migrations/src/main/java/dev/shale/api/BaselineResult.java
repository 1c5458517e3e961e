package dev.shale.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@code baseline} or {@code markApplied} recorded (or would record, after a dry run): the migrations marked
 * as applied without running them (each with {@code executionMs} 0), in {@code batch}, and the migrations after
 * them that are still pending for {@code migrate}. {@code warnings} are sentences about what went wrong after
 * the record was made (such as releasing the lock).
 */
public record BaselineResult(boolean dryRun, int batch, List<ExecutedMigration> recorded, List<String> pending,
        String historyTable, List<String> warnings) {

    public BaselineResult {
        recorded = List.copyOf(recorded);
        pending = List.copyOf(pending);
        Objects.requireNonNull(historyTable, "historyTable");
        warnings = List.copyOf(warnings);
    }
}
