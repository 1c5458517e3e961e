package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.ColumnType;
import dev.shale.model.Index;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A column whose type changes under a check or an index expression: PostgreSQL would keep the expression with casts
 * to the old type ({@code (counter)::double precision > (0)::double precision}), unlike the same table created
 * anew, so the plan drops the check and the index before the change and adds them back after it, both ways.
 */
class RetypedColumnPlanTest {

    private static SchemaModel groups(ColumnType counter) {
        return model().table(table("user_groups").col(col("id", BIGINT).notNull(), col("counter", counter).notNull())
                .pk("user_groups_pkey", "id")
                .check("user_groups_counter_check", "counter > 0")
                .index(Index.builder("user_groups_round_idx").expression("round(counter)").build())
                .index(Index.builder("user_groups_id_idx").columns("id").where("counter > 1").build())).build();
    }

    private static String sql(List<SqlStatement> statements) {
        return statements.stream().map(s -> s.sql() + ";\n").collect(Collectors.joining());
    }

    @Test
    void checksAndIndexExpressionsOnARetypedColumnAreRebuiltAroundTheChange() {
        MigrationPlan plan = MigrationPlanner.plan(groups(ColumnType.builtIn("real")),
                groups(ColumnType.builtIn("numeric", 12, 2)), RenameHints.NONE);
        assertEquals("""
                DROP INDEX public.user_groups_id_idx;
                DROP INDEX public.user_groups_round_idx;
                ALTER TABLE public.user_groups DROP CONSTRAINT user_groups_counter_check;
                ALTER TABLE public.user_groups ALTER COLUMN counter TYPE numeric(12,2) USING counter::numeric(12,2);
                ALTER TABLE public.user_groups ADD CONSTRAINT user_groups_counter_check CHECK (counter > 0) NOT VALID;
                ALTER TABLE public.user_groups VALIDATE CONSTRAINT user_groups_counter_check;
                CREATE INDEX user_groups_id_idx ON public.user_groups (id) WHERE counter > 1;
                CREATE INDEX user_groups_round_idx ON public.user_groups ((round(counter)));
                """, sql(plan.up()));
        assertEquals("""
                DROP INDEX public.user_groups_round_idx;
                DROP INDEX public.user_groups_id_idx;
                ALTER TABLE public.user_groups DROP CONSTRAINT user_groups_counter_check;
                ALTER TABLE public.user_groups ALTER COLUMN counter TYPE real USING counter::real;
                ALTER TABLE public.user_groups ADD CONSTRAINT user_groups_counter_check CHECK (counter > 0) NOT VALID;
                ALTER TABLE public.user_groups VALIDATE CONSTRAINT user_groups_counter_check;
                CREATE INDEX user_groups_round_idx ON public.user_groups ((round(counter)));
                CREATE INDEX user_groups_id_idx ON public.user_groups (id) WHERE counter > 1;
                """, sql(plan.down()));
    }
}
