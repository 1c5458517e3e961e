package dev.shale.examples.portal;

import dev.shale.dsl.Default;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who signs in to the portal: a client or one of the agency's staff. */
@Table("users")
public record User(
        @PrimaryKey @Default("gen_random_uuid()") UUID id,
        @NotNull @Size(max = 255) @Unique String email,
        @Size(max = 120) String name,
        @NotNull String passwordHash,
        @NotNull @Default("'CLIENT'") Role role,
        @Default("true") boolean active,
        @NotNull @Default("now()") OffsetDateTime createdAt) {
}
