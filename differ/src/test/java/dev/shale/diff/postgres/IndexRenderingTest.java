package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.RenameIndex;
import dev.shale.model.Index;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import org.junit.jupiter.api.Test;

class IndexRenderingTest {

    @Test
    void btreeIsLeftImplicit() {
        Index index = Index.builder("support_tickets_user_id_created_at_idx").columns("user_id", "created_at").build();
        assertEquals("CREATE INDEX support_tickets_user_id_created_at_idx ON public.support_tickets"
                + " (user_id, created_at);\n", sql(new CreateIndex(TICKETS, index)));
    }

    @Test
    void uniqueExpressionIndexWrapsExpressionsInParentheses() {
        Index index = Index.builder("users_lower_email_key").expression("lower(email)").column("role").unique()
                .build();
        assertEquals("CREATE UNIQUE INDEX users_lower_email_key ON public.users ((lower(email)), role);\n",
                sql(new CreateIndex(USERS, index)));
    }

    @Test
    void otherMethodsAndPartialIndexes() {
        Index index = Index.builder("support_tickets_watchers_idx").columns("watchers").method(IndexMethod.GIN)
                .where("priority > 1").build();
        assertEquals("CREATE INDEX support_tickets_watchers_idx ON public.support_tickets USING gin (watchers)"
                + " WHERE priority > 1;\n", sql(new CreateIndex(TICKETS, index)));
    }

    @Test
    void dropAndRenameNameTheIndexInItsTablesSchema() {
        QualifiedName orders = new QualifiedName("billing", "orders");
        Index index = Index.builder("orders_total_idx").columns("total").method(IndexMethod.BRIN).build();
        assertEquals("DROP INDEX billing.orders_total_idx;\n", sql(new DropIndex(orders, index)));
        assertEquals("ALTER INDEX billing.orders_total_idx RENAME TO orders_sum_idx;\n",
                sql(new RenameIndex(orders, "orders_total_idx", "orders_sum_idx")));
    }
}
