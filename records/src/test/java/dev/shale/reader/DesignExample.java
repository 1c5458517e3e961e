package dev.shale.reader;

import dev.shale.dsl.Action;
import dev.shale.dsl.Check;
import dev.shale.dsl.Default;
import dev.shale.dsl.Identity;
import dev.shale.dsl.Index;
import dev.shale.dsl.PgEnum;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.RenamedFrom;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The schema of DESIGN.md, verbatim. */
final class DesignExample {

    private DesignExample() {
    }

    @Table("users")
    record User(
            @PrimaryKey @Default("gen_random_uuid()") UUID id,
            @NotNull @Size(max = 255) @Unique String email,
            String name,
            @Default("true") boolean active,
            @NotNull Role role,
            @Default("now()") OffsetDateTime createdAt) {
    }

    @PgEnum("role")
    enum Role { CLIENT, ADMIN, SUPER_ADMIN }

    @Table("support_tickets")
    @Index(columns = {"user_id", "created_at"})
    record SupportTicket(
            @PrimaryKey @Identity long id,
            @References(table = User.class, onDelete = Action.CASCADE) UUID userId,
            @Unique @Size(max = 32) String ticketNumber,
            @RenamedFrom("body") String content,
            @Check("priority between 1 and 5") int priority,
            @Default("now()") OffsetDateTime createdAt) {
    }
}
