package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.UUID;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import org.junit.jupiter.api.Test;

/**
 * A type change PostgreSQL has no cast for ({@code cannot cast type uuid to bigint}), either way, is refused when the
 * plan is made, naming the table, the column, both types and the way to declare it instead; no SQL is written.
 */
class UncastableTypePlanTest {

    private static SchemaModel orders(ColumnType id) {
        return model().table(table("orders").col(col("id", id).notNull())).build();
    }

    @Test
    void aTypeChangeWithoutACastIsRefusedNamingTheColumnBothTypesAndTheFix() {
        UncastableTypeException refused = assertThrows(UncastableTypeException.class,
                () -> MigrationPlanner.plan(orders(UUID), orders(BIGINT), RenameHints.NONE));

        assertEquals("column public.orders.id cannot change type from uuid to bigint: PostgreSQL has no cast from"
                + " uuid to bigint, so the migration could not apply", refused.getMessage());
        assertEquals(QualifiedName.parse("public.orders"), refused.table());
        assertEquals("id", refused.column());
        assertEquals("declare the change in steps: keep id as uuid, add a new column of type bigint, fill it from id"
                + " in a data migration (shale create) with the conversion you mean, then drop id in a later"
                + " migration (a rename may then give the new column its name)", refused.fix());
    }

    @Test
    void aTypeChangeWhoseDownHasNoCastIsRefusedTooSayingSo() {
        ColumnType jsonb = ColumnType.builtIn("jsonb");
        UncastableTypeException refused = assertThrows(UncastableTypeException.class,
                () -> MigrationPlanner.plan(orders(jsonb), orders(BIGINT), RenameHints.NONE));

        assertEquals("column public.orders.id cannot change type from jsonb to bigint: PostgreSQL has no cast from"
                + " bigint back to jsonb, so its down could not apply", refused.getMessage());
    }

    @Test
    void typeChangesWithACastOrThroughTextAreWritten() {
        MigrationPlanner.plan(orders(UUID), orders(Fixtures.TEXT), RenameHints.NONE);
        MigrationPlanner.plan(orders(BIGINT), orders(ColumnType.builtIn("numeric", 12, 2)), RenameHints.NONE);
        MigrationPlanner.plan(orders(ColumnType.builtIn("timestamptz")), orders(ColumnType.builtIn("date")),
                RenameHints.NONE);
    }
}
