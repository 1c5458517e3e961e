package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.UUID;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.postgres.DdlForm;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Backfills;
import dev.shale.model.ColumnType;
import dev.shale.model.Conversions;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A type change PostgreSQL has no cast for ({@code cannot cast type uuid to bigint}), either way, is refused when the
 * plan is made, naming the table, the column, both types and the way to declare it instead; no SQL is written.
 */
class UncastableTypePlanTest {

    private static final ColumnType TIMESTAMPTZ = ColumnType.builtIn("timestamptz");

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
        assertEquals("declare how existing values convert on the record component of id: @Using(value ="
                + " \"<expression over id giving bigint>\", down = \"<expression over id giving uuid>\"), an expression"
                + " over id giving bigint and one giving uuid back for the down migration (down may be left out where"
                + " a cast back exists)", refused.fix());
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
    void bigintToTimestamptzIsRefusedWithTheUsualConversionAsTheFix() {
        UncastableTypeException refused = assertThrows(UncastableTypeException.class,
                () -> MigrationPlanner.plan(orders(BIGINT), orders(TIMESTAMPTZ), RenameHints.NONE));

        assertEquals("column public.orders.id cannot change type from bigint to timestamptz: PostgreSQL has no cast"
                + " from bigint to timestamptz, so the migration could not apply", refused.getMessage());
        assertTrue(refused.fix().contains("@Using(value = \"to_timestamp(id)\", down = \"extract(epoch from id)::bigint\")"),
                refused.fix());
        assertEquals("write this change by hand (shale create) as ALTER TABLE public.orders ALTER COLUMN id TYPE"
                + " timestamptz USING to_timestamp(id), or diff from the schema records with @Using declared on id",
                refused.fixWithoutRecords());
    }

    @Test
    void aDeclaredConversionIsWrittenAsUsingAndItsDownConvertsBack() {
        Conversions conversions = new Conversions(List.of(new Conversions.Conversion(QualifiedName.parse(
                "public.orders"), "id", "to_timestamp(id)", "extract(epoch from id)::bigint", "Orders.id")));
        MigrationPlan plan = MigrationPlanner.plan(orders(BIGINT), orders(TIMESTAMPTZ), RenameHints.NONE,
                Backfills.NONE, conversions, DdlForm.PLAIN);

        assertEquals(List.of("ALTER TABLE public.orders ALTER COLUMN id TYPE timestamptz USING to_timestamp(id)"),
                plan.up().stream().map(SqlStatement::sql).toList());
        assertEquals(List.of("ALTER TABLE public.orders ALTER COLUMN id TYPE bigint USING extract(epoch from id)::bigint"),
                plan.down().stream().map(SqlStatement::sql).toList());
    }

    @Test
    void aConversionWithoutDownIsRefusedWhenNoCastLeadsBack() {
        Conversions conversions = new Conversions(List.of(new Conversions.Conversion(QualifiedName.parse(
                "public.orders"), "id", "to_timestamp(id)", null, "Orders.id")));
        UncastableTypeException refused = assertThrows(UncastableTypeException.class, () -> MigrationPlanner.plan(
                orders(BIGINT), orders(TIMESTAMPTZ), RenameHints.NONE, Backfills.NONE, conversions, DdlForm.PLAIN));

        assertTrue(refused.down());
        assertTrue(refused.fix().contains("down = \"extract(epoch from id)::bigint\""), refused.fix());
    }

    @Test
    void typeChangesWithACastOrThroughTextAreWritten() {
        MigrationPlanner.plan(orders(UUID), orders(Fixtures.TEXT), RenameHints.NONE);
        MigrationPlanner.plan(orders(BIGINT), orders(ColumnType.builtIn("numeric", 12, 2)), RenameHints.NONE);
        MigrationPlanner.plan(orders(ColumnType.builtIn("timestamptz")), orders(ColumnType.builtIn("date")),
                RenameHints.NONE);
    }
}
