package bench.online;

import dev.shale.dsl.Default;
import dev.shale.dsl.Identity;
import dev.shale.dsl.Index;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.References;
import dev.shale.dsl.Table;
import dev.shale.dsl.Unique;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/**
 * An order after the migration: an index on created_at, a foreign key on customer_id, amount NOT NULL (every
 * row has one), code unique, and a new column priority with a default.
 */
@Table("orders")
@Index(columns = {"created_at"})
public record Order(
        @PrimaryKey @Identity long id,
        @References(table = Customer.class) Long customerId,
        @Unique String code,
        @NotNull Integer amount,
        @NotNull String status,
        @NotNull OffsetDateTime createdAt,
        @Default("0") int priority) {
}
