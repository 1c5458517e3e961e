package dev.shale.examples.portal;

import dev.shale.dsl.Action;
import dev.shale.dsl.Default;
import dev.shale.dsl.Identity;
import dev.shale.dsl.Index;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A question or problem a client raises about a project. */
@Table("support_tickets")
@Index(columns = {"user_id", "created_at"})
public record SupportTicket(
        @PrimaryKey @Identity long id,
        @NotNull @References(table = User.class, onDelete = Action.CASCADE) UUID userId,
        @NotNull @References(table = Project.class, onDelete = Action.CASCADE) Long projectId,
        @Unique @Size(max = 32) String ticketNumber,
        @NotBlank @Size(max = 200) String subject,
        @NotNull String content,
        @Min(1) @Max(5) @Default("3") int priority,
        @NotNull @Default("now()") OffsetDateTime createdAt,
        OffsetDateTime closedAt) {
}
