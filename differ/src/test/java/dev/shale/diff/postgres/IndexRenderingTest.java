package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.RenameIndex;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexRenderingTest {

    @Test
    void btreeIsLeftImplicit() {
        Index index = new Index("support_tickets_user_id_created_at_idx",
                List.of(IndexKey.column("user_id"), IndexKey.column("created_at")), false, IndexMethod.BTREE, null);
        assertEquals("CREATE INDEX support_tickets_user_id_created_at_idx ON public.support_tickets"
                + " (user_id, created_at);\n", sql(new CreateIndex(TICKETS, index)));
    }

    @Test
    void uniqueExpressionIndexWrapsExpressionsInParentheses() {
        Index index = new Index("users_lower_email_key",
                List.of(IndexKey.expression("lower(email)"), IndexKey.column("role")), true, IndexMethod.BTREE, null);
        assertEquals("CREATE UNIQUE INDEX users_lower_email_key ON public.users ((lower(email)), role);\n",
                sql(new CreateIndex(USERS, index)));
    }

    @Test
    void otherMethodsAndPartialIndexes() {
        Index index = new Index("support_tickets_watchers_idx", List.of(IndexKey.column("watchers")), false,
                IndexMethod.GIN, "priority > 1");
        assertEquals("CREATE INDEX support_tickets_watchers_idx ON public.support_tickets USING gin (watchers)"
                + " WHERE priority > 1;\n", sql(new CreateIndex(TICKETS, index)));
    }

    @Test
    void dropAndRenameNameTheIndexInItsTablesSchema() {
        QualifiedName orders = new QualifiedName("billing", "orders");
        Index index = new Index("orders_total_idx", List.of(IndexKey.column("total")), false, IndexMethod.BRIN, null);
        assertEquals("DROP INDEX billing.orders_total_idx;\n", sql(new DropIndex(orders, index)));
        assertEquals("ALTER INDEX billing.orders_total_idx RENAME TO orders_sum_idx;\n",
                sql(new RenameIndex(orders, "orders_total_idx", "orders_sum_idx")));
    }
}
