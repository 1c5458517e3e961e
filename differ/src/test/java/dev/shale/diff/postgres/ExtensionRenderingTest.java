package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.CreateExtension;
import dev.shale.diff.change.DropExtension;
import dev.shale.diff.change.UpdateExtension;
import dev.shale.model.Extension;
import org.junit.jupiter.api.Test;

/** The SQL of extension changes. */
class ExtensionRenderingTest {

    @Test
    void createsAnExtensionInItsSchemaUnlessItIsThere() {
        assertEquals("CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;\n",
                sql(new CreateExtension(Extension.of("citext"))));
        assertEquals("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA \"Util\" VERSION '1.1';\n",
                sql(new CreateExtension(new Extension("uuid-ossp", "Util", "1.1"))));
    }

    @Test
    void dropsWithoutCascadeSoThatAColumnUsingItStopsTheDrop() {
        assertEquals("DROP EXTENSION citext;\n", sql(new DropExtension(Extension.of("citext", "util"))));
    }

    @Test
    void updatesToAVersionOrToTheDefaultOne() {
        assertEquals("ALTER EXTENSION citext UPDATE TO '1.6';\n", sql(new UpdateExtension("citext", null, "1.6")));
        assertEquals("ALTER EXTENSION citext UPDATE;\n", sql(new UpdateExtension("citext", "1.6", null)));
        assertEquals("ALTER EXTENSION hstore UPDATE TO '1.8''x';\n",
                sql(new UpdateExtension("hstore", "1.7", "1.8'x")));
    }
}
