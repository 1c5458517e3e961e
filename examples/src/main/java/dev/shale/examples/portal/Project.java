package dev.shale.examples.portal;

import dev.shale.dsl.Action;
import dev.shale.dsl.Default;
import dev.shale.dsl.Identity;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A client's project that the agency works on. */
@Table("projects")
public record Project(
        @PrimaryKey @Identity long id,
        @NotNull @References(table = User.class, onDelete = Action.CASCADE) UUID clientId,
        @NotBlank @Size(max = 200) String name,
        String description,
        @NotNull @Default("now()") OffsetDateTime createdAt) {
}
