package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumOf;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static dev.shale.diff.Fixtures.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.ColumnType;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A foreign key with an enum or array column whose columns change type or collation: PostgreSQL re-adds such a key
 * itself after ALTER COLUMN TYPE and fails ("could not find cast from ... to anyenum"), so the plan drops the key
 * before the change and adds it back after, both ways. A key of plain columns is left to PostgreSQL.
 */
class PolymorphicForeignKeyPlanTest {

    private static SchemaModel orders(ColumnType codeType, String collation, ColumnType colorType) {
        return model().enumType(enumType("color", "red", "blue"))
                .table(table("orders").col(col("id", BIGINT).notNull(), col("code", codeType).notNull()
                                .collation(collation), col("color", colorType).notNull())
                        .pk("orders_pkey", "id").unique("orders_code_color_key", "code", "color"))
                .table(table("lines").col(col("id", BIGINT).notNull(), col("code", varchar(8)), col("color", colorType))
                        .pk("lines_pkey", "id")
                        .fk(fk("lines_code_color_fkey", List.of("code", "color"), "orders", List.of("code", "color"))))
                .build();
    }

    private static String sql(List<SqlStatement> statements) {
        return statements.stream().map(s -> s.sql() + ";\n").collect(Collectors.joining());
    }

    @Test
    void aKeyWithAnEnumColumnIsRebuiltAroundACollationChangeOfTheReferencedColumn() {
        MigrationPlan plan = MigrationPlanner.plan(orders(varchar(8), "\"POSIX\"", enumOf("color")),
                orders(varchar(8), null, enumOf("color")), RenameHints.NONE);
        assertEquals("""
                ALTER TABLE public.lines DROP CONSTRAINT lines_code_color_fkey;
                ALTER TABLE public.orders ALTER COLUMN code TYPE varchar(8);
                ALTER TABLE public.lines ADD CONSTRAINT lines_code_color_fkey FOREIGN KEY (code, color) REFERENCES public.orders (code, color) NOT VALID;
                ALTER TABLE public.lines VALIDATE CONSTRAINT lines_code_color_fkey;
                """, sql(plan.up()));
        assertEquals("""
                ALTER TABLE public.lines DROP CONSTRAINT lines_code_color_fkey;
                ALTER TABLE public.orders ALTER COLUMN code TYPE varchar(8) COLLATE "POSIX";
                ALTER TABLE public.lines ADD CONSTRAINT lines_code_color_fkey FOREIGN KEY (code, color) REFERENCES public.orders (code, color) NOT VALID;
                ALTER TABLE public.lines VALIDATE CONSTRAINT lines_code_color_fkey;
                """, sql(plan.down()));
    }

    @Test
    void aKeyWithAnArrayColumnIsRebuiltAroundATypeChange() {
        ColumnType ints = ColumnType.builtIn("integer").arrayOf();
        MigrationPlan plan = MigrationPlanner.plan(orders(varchar(8), null, ints), orders(varchar(16), null, ints),
                RenameHints.NONE);
        assertEquals("""
                ALTER TABLE public.lines DROP CONSTRAINT lines_code_color_fkey;
                ALTER TABLE public.orders ALTER COLUMN code TYPE varchar(16) USING code::varchar(16);
                ALTER TABLE public.lines ADD CONSTRAINT lines_code_color_fkey FOREIGN KEY (code, color) REFERENCES public.orders (code, color) NOT VALID;
                ALTER TABLE public.lines VALIDATE CONSTRAINT lines_code_color_fkey;
                """, sql(plan.up()));
    }

    @Test
    void aKeyOfPlainColumnsIsLeftToPostgres() {
        ColumnType number = ColumnType.builtIn("integer");
        MigrationPlan plan = MigrationPlanner.plan(orders(varchar(8), "\"POSIX\"", number),
                orders(varchar(8), null, number), RenameHints.NONE);
        assertEquals("""
                ALTER TABLE public.orders ALTER COLUMN code TYPE varchar(8);
                """, sql(plan.up()));
    }
}
