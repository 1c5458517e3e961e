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
 * {@code appliedAt} is serialised as an ISO-8601 UTC instant string whatever the ObjectMapper. {@code partial} says
 * how far an interrupted run of a file of several steps got ({@code partial: step 2 of 3}, {@code partial rollback:
 * step 1 of 2}); null (and left out of JSON) otherwise.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"version", "name", "state", "file", "batch", "appliedAt", "executionMs", "appliedBy", "partial"})
public record MigrationStatus(String version, String name, MigrationState state, String file, Integer batch,
        @JsonSerialize(using = ToStringSerializer.class) Instant appliedAt, Long executionMs, String appliedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String partial) {

    /** The status of a migration no run left partly applied. */
    public MigrationStatus(String version, String name, MigrationState state, String file, Integer batch,
            Instant appliedAt, Long executionMs, String appliedBy) {
        this(version, name, state, file, batch, appliedAt, executionMs, appliedBy, null);
    }

    public MigrationStatus {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }
}
