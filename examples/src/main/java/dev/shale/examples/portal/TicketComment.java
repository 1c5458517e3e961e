package dev.shale.examples.portal;

import dev.shale.dsl.Action;
import dev.shale.dsl.Default;
import dev.shale.dsl.Identity;
import dev.shale.dsl.Index;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Table;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reply on a support ticket, by the client or the staff. */
@Table("ticket_comments")
@Index(columns = {"ticket_id", "created_at"})
public record TicketComment(
        @PrimaryKey @Identity long id,
        @NotNull @References(table = SupportTicket.class, onDelete = Action.CASCADE) Long ticketId,
        @NotNull @References(table = User.class, onDelete = Action.CASCADE) UUID authorId,
        @NotNull String body,
        @NotNull @Default("now()") OffsetDateTime createdAt) {
}
