package dev.shale.migrations.runner.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A row of the progress table: a migration (or, for {@code down}, its down file) of which the first {@code step} of
 * its {@code steps} steps are done, run from a file with {@code checksum}, the last one finished at
 * {@code finishedAt}.
 */
public record ProgressRow(String version, String direction, int step, int steps, String checksum, Instant finishedAt) {

    public ProgressRow {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(checksum, "checksum");
    }
}
