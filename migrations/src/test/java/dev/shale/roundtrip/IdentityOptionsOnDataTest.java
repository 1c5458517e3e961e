package dev.shale.roundtrip;

import static dev.shale.roundtrip.Models.INTEGER;
import static dev.shale.roundtrip.Models.TEXT;
import static dev.shale.roundtrip.Models.identity;
import static dev.shale.roundtrip.Models.model;
import static dev.shale.roundtrip.Models.nullable;
import static dev.shale.roundtrip.Models.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.migrations.introspect.Introspector;
import dev.shale.model.Identity;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity bounds, cache and cycle on a table with rows: the migration Shale writes creates and alters them, the
 * sequence keeps numbering where it was, a cycling one wraps, and the database reads back as the model.
 */
@ExtendWith(PostgresExtension.class)
class IdentityOptionsOnDataTest {

    private static SchemaModel counters(Identity identity) {
        return model(table("public.counters", identity("id", INTEGER, identity), nullable("v", TEXT)).build());
    }

    private static void migrate(TestDatabase database, SchemaModel from, SchemaModel to) {
        List<SqlStatement> up = MigrationPlanner.plan(from, to, RenameHints.NONE).up();
        database.execute(up.stream().map(SqlStatement::sql).toList());
    }

    private static SchemaModel read(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            return new Introspector().introspect(connection, List.of("public")).model();
        }
    }

    @Test
    void alteredOptionsKeepNumberingWhereTheSequenceWas(TestDatabase database) throws Exception {
        SchemaModel plain = counters(Identity.BY_DEFAULT);
        migrate(database, SchemaModel.EMPTY, plain);
        database.execute("INSERT INTO public.counters (v) SELECT 'r' || g FROM generate_series(1, 5) g");

        Identity bounded = Identity.builder().minValue(0L).maxValue(7L).cache(3).cycle(true).build();
        SchemaModel altered = counters(bounded);
        migrate(database, plain, altered);
        assertEquals(altered, read(database));
        // 6 and 7 continue the numbering, then the cycle wraps to MINVALUE 0 (one session takes 3 at a time)
        database.execute("INSERT INTO public.counters (v) SELECT 'r' || g FROM generate_series(6, 9) g");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "0", "1"),
                database.firstColumn("SELECT id FROM public.counters ORDER BY v ~ '^r[6-9]$', v"));

        migrate(database, altered, plain);
        assertEquals(plain, read(database));
        // a new session goes on past the values the cycle gave again (0, 1), whatever the cache of 3 skipped
        database.execute("INSERT INTO public.counters (v) VALUES ('after')");
        int after = Integer.parseInt(database.firstColumn("SELECT id FROM public.counters WHERE v = 'after'").get(0));
        assertTrue(after > 1 && after < 6, "after " + after);
    }

    @Test
    void aCreatedCyclingIdentityWrapsAndANonCyclingOneStops(TestDatabase database) throws Exception {
        SchemaModel cycling = model(
                table("public.ring", identity("id", INTEGER, Identity.builder().always(true).start(2)
                        .maxValue(3L).cycle(true).build()), nullable("v", TEXT)).build(),
                table("public.line", identity("id", INTEGER, Identity.builder().start(-1).increment(-1)
                        .minValue(-2L).maxValue(5L).build()), nullable("v", TEXT)).build());
        migrate(database, SchemaModel.EMPTY, cycling);
        assertEquals(cycling, read(database));
        database.execute("INSERT INTO public.ring (v) SELECT 'r' || g FROM generate_series(1, 4) g",
                "INSERT INTO public.line (v) VALUES ('a'), ('b')");
        assertEquals(List.of("2", "3", "1", "2"), database.firstColumn("SELECT id FROM public.ring ORDER BY v"));
        assertEquals(List.of("-1", "-2"), database.firstColumn("SELECT id FROM public.line ORDER BY v"));
        RuntimeException exhausted = org.junit.jupiter.api.Assertions.assertThrows(StatementFailedException.class,
                () -> database.execute("INSERT INTO public.line (v) VALUES ('c')"));
        assertTrue(exhausted.getMessage().contains("reached minimum value"), exhausted.getMessage());
    }
}
