package dev.shale.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.Objects;

/**
 * One migration's status. History fields ({@code batch}, {@code appliedAt}, {@code executionMs},
 * {@code appliedBy}) are null for migrations never applied; {@code file} is null for a MISSING one.
 * {@code appliedAt} is serialised as an ISO-8601 UTC instant string whatever the ObjectMapper.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"version", "name", "state", "file", "batch", "appliedAt", "executionMs", "appliedBy"})
public record MigrationStatus(String version, String name, MigrationState state, String file, Integer batch,
        @JsonSerialize(using = ToStringSerializer.class) Instant appliedAt, Long executionMs, String appliedBy) {

    public MigrationStatus {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }
}
