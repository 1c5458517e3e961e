package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.RenameIndex;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
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
    void keyOptionsFollowEachKey() {
        Index index = Index.builder("support_tickets_title_idx")
                .keys(IndexKey.column("title").withCollation("C").withOpclass("text_pattern_ops"),
                        IndexKey.column("created_at").withDescending(true).withNulls(IndexKey.Nulls.LAST),
                        IndexKey.column("priority").withNulls(IndexKey.Nulls.FIRST),
                        IndexKey.expression("lower(title)").withDescending(true))
                .build();
        assertEquals("CREATE INDEX support_tickets_title_idx ON public.support_tickets"
                + " (title COLLATE \"C\" text_pattern_ops, created_at DESC NULLS LAST, priority NULLS FIRST,"
                + " (lower(title)) DESC);\n", sql(new CreateIndex(TICKETS, index)));
    }

    @Test
    void includeNullsNotDistinctAndStorageParametersFollowTheKeysBeforeThePredicate() {
        Index index = Index.builder("users_email_key").columns("email").unique().include("role", "name")
                .nullsNotDistinct(true).storage("fillfactor", "70").storage("deduplicate_items", "off")
                .where("active").build();
        assertEquals("CREATE UNIQUE INDEX users_email_key ON public.users (email) INCLUDE (role, name)"
                + " NULLS NOT DISTINCT WITH (deduplicate_items = off, fillfactor = 70) WHERE active;\n",
                sql(new CreateIndex(USERS, index)));
    }

    @Test
    void storageParameterValuesThatAreNotAWordAreQuoted() {
        Index index = Index.builder("users_name_idx").columns("name").method(IndexMethod.GIN)
                .storage("gin_pending_list_limit", "4 MB").build();
        assertEquals("CREATE INDEX users_name_idx ON public.users USING gin (name)"
                + " WITH (gin_pending_list_limit = '4 MB');\n", sql(new CreateIndex(USERS, index)));
    }

    @Test
    void badOptionsAreRefusedNamingTheIndex() {
        IllegalArgumentException include = assertThrows(IllegalArgumentException.class,
                () -> Index.builder("users_name_idx").columns("name").method(IndexMethod.HASH).include("role").build());
        assertTrue(include.getMessage().contains("users_name_idx"), include.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Index.builder("users_name_idx").columns("name").nullsNotDistinct(true).build());
        assertThrows(IllegalArgumentException.class,
                () -> Index.builder("users_name_idx").columns("name").storage("Fill Factor", "70").build());
        assertThrows(IllegalArgumentException.class, () -> IndexKey.expression("lower(name)").withCollation("C"));
        assertThrows(IllegalArgumentException.class, () -> IndexKey.column("name").withOpclass("text_ops; drop"));
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
