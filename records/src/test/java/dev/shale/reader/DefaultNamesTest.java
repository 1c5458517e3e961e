package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.IndexKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DefaultNames}: the names the reader gives undeclared names, as PostgreSQL gives them. */
class DefaultNamesTest {

    @Test
    void givesPostgresqlsDefaults() {
        assertEquals("users_pkey", DefaultNames.primaryKey("users"));
        assertEquals("users_name_email_key", DefaultNames.unique("users", List.of("name", "email")));
        assertEquals("users_age_check", DefaultNames.check("users", "age"));
        assertEquals("users_check", DefaultNames.check("users", null));
        assertEquals("lines_invoice_id_position_fkey", DefaultNames.foreignKey("lines", List.of("invoice_id", "position")));
        assertEquals("users_lower_created_at_idx", DefaultNames.index("users",
                List.of(IndexKey.expression("lower(email)"), IndexKey.column("created_at"))));
    }
}
