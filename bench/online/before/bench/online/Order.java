package bench.online;

import dev.shale.dsl.Identity;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** An order before the migration: no index but the key, no foreign key, amount nullable, code not unique. */
@Table("orders")
public record Order(
        @PrimaryKey @Identity long id,
        Long customerId,
        String code,
        Integer amount,
        @NotNull String status,
        @NotNull OffsetDateTime createdAt) {
}
