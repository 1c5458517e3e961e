package dev.shale.migrations.runner.history;

import java.time.Instant;
import java.util.Objects;

/** One row of {@code shale_migrations}: an applied migration. */
public record HistoryRow(String version, String name, String checksum, int batch, Instant appliedAt,
        long executionMs, String appliedBy) {

    public HistoryRow {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(appliedBy, "appliedBy");
    }
}
