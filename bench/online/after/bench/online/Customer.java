package bench.online;

import dev.shale.dsl.Identity;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import jakarta.validation.constraints.NotNull;

/** A customer: the table the orders' foreign key references. */
@Table("customers")
public record Customer(
        @PrimaryKey @Identity long id,
        @NotNull String name) {
}
