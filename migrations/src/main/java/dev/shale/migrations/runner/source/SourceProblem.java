package dev.shale.migrations.runner.source;

import dev.shale.api.MigrationRefusedException;
import java.util.Objects;

/** Something wrong with the files of a source: a {@code shale.sum} mismatch or a misnamed file. */
public record SourceProblem(MigrationRefusedException.Reason reason, String file, String message, String fix) {

    public SourceProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** {@code message Fix: fix}. */
    @Override
    public String toString() {
        return message + " Fix: " + fix;
    }
}
