package sample.schema;

import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;

/** An account of the sample project. */
@Table("accounts")
public record Account(@PrimaryKey long id, String email) {
}
