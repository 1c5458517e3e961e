package dev.shale.examples.portal;

import dev.shale.dsl.Action;
import dev.shale.dsl.Default;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A one-time token a user asked for to set a new password. */
@Table("password_resets")
public record PasswordReset(
        @PrimaryKey @Default("gen_random_uuid()") UUID id,
        @NotNull @References(table = User.class, onDelete = Action.CASCADE) UUID userId,
        @NotNull @Size(max = 128) @Unique String tokenHash,
        @NotNull OffsetDateTime expiresAt,
        OffsetDateTime usedAt) {
}
