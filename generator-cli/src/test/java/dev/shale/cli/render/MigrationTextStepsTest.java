package dev.shale.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.model.Backfills;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated files: a marker before every step, each step starting with its timeouts. */
class MigrationTextStepsTest {

    private static final ColumnType BIGINT = ColumnType.builtIn("bigint");

    private static SchemaModel model(boolean withKeyAndIndex) {
        Table customers = Table.builder(QualifiedName.of("customers"))
                .column(Column.of("id", BIGINT, false))
                .primaryKey("customers_pkey", "id")
                .build();
        List<ForeignKey> keys = withKeyAndIndex ? List.of(ForeignKey.builder("orders_customer_fk",
                QualifiedName.of("customers")).columns("customer_id").referencedColumns("id").build()) : List.of();
        List<Index> indexes = withKeyAndIndex ? List.of(Index.builder("orders_created_at_idx").columns("created_at")
                .build()) : List.of();
        Table orders = Table.builder(QualifiedName.of("orders"))
                .column(Column.of("id", BIGINT, false))
                .column(Column.of("customer_id", BIGINT, true))
                .column(Column.of("created_at", ColumnType.builtIn("timestamptz"), true))
                .primaryKey("orders_pkey", "id")
                .foreignKeys(keys)
                .indexes(indexes)
                .build();
        return SchemaModel.builder().table(customers).table(orders).build();
    }

    private static MigrationPlan plan(DdlForm form) {
        return MigrationPlanner.plan(model(false), model(true), RenameHints.NONE, Backfills.NONE, form);
    }

    @Test
    void onlineUpFileHasAStepPerTransactionModeWithItsTimeouts() {
        String text = MigrationText.up(plan(DdlForm.ONLINE), "a", "b");
        String body = text.substring(text.indexOf("\n\n-- shale:step"));
        assertEquals("""


                -- shale:step 1 non-transactional
                SET lock_timeout = '500ms';
                SET statement_timeout = '0';
                CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON public.orders (created_at);

                -- shale:step 2 transactional
                SET lock_timeout = '500ms';
                SET statement_timeout = '1min';
                ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) \
                REFERENCES public.customers (id) NOT VALID;

                -- shale:step 3 transactional
                SET lock_timeout = '500ms';
                SET statement_timeout = '0';
                ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;
                """, body);
        assertEquals(true, text.contains("\n-- shale:transactional true\n"), text);
    }

    @Test
    void onlineDownFileDropsTheIndexConcurrently() {
        String text = MigrationText.down(plan(DdlForm.ONLINE), "a", "b");
        assertEquals("""
                -- shale:step 1 transactional
                SET lock_timeout = '500ms';
                SET statement_timeout = '1min';
                ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk;

                -- shale:step 2 non-transactional
                SET lock_timeout = '500ms';
                SET statement_timeout = '0';
                DROP INDEX CONCURRENTLY IF EXISTS public.orders_created_at_idx;
                """, text.substring(text.indexOf("-- shale:step 1")));
    }

    @Test
    void plainFileIsOneTransactionalStep() {
        String text = MigrationText.up(plan(DdlForm.PLAIN), "a", "b");
        assertEquals("""
                -- shale:step 1 transactional
                SET lock_timeout = '500ms';
                SET statement_timeout = '0';
                CREATE INDEX orders_created_at_idx ON public.orders (created_at);
                ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) \
                REFERENCES public.customers (id) NOT VALID;
                ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;
                """, text.substring(text.indexOf("-- shale:step 1")));
    }
}
