package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.sql;
import static dev.shale.diff.postgres.Fixtures.userForeignKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.model.CheckConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintRenderingTest {

    private static final PrimaryKey COMPOSITE_KEY = new PrimaryKey("memberships_pkey", List.of("user_id", "group"));
    private static final QualifiedName MEMBERSHIPS = QualifiedName.of("memberships");

    @Test
    void addAndDropPrimaryKey() {
        assertEquals("ALTER TABLE public.memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY (user_id, \"group\");\n",
                sql(new AddPrimaryKey(MEMBERSHIPS, COMPOSITE_KEY)));
        assertEquals("ALTER TABLE public.memberships DROP CONSTRAINT memberships_pkey;\n",
                sql(new DropPrimaryKey(MEMBERSHIPS, COMPOSITE_KEY)));
    }

    @Test
    void addAndDropUnique() {
        UniqueConstraint unique = new UniqueConstraint("users_email_key", List.of("email"));
        assertEquals("ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);\n",
                sql(new AddUnique(USERS, unique)));
        assertEquals("ALTER TABLE public.users DROP CONSTRAINT users_email_key;\n", sql(new DropUnique(USERS, unique)));
    }

    @Test
    void keyOptionsFollowTheColumnsBeforeDeferrability() {
        UniqueConstraint unique = new UniqueConstraint("users_email_key", List.of("email"),
                dev.shale.model.Deferrability.INITIALLY_DEFERRED, dev.shale.model.KeyOptions.NONE
                .withNullsNotDistinct(true).withInclude(List.of("Name", "age")).withStorage("fillfactor", "70")
                .withStorage("deduplicate_items", "off"));
        assertEquals("ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE NULLS NOT DISTINCT (email)"
                        + " INCLUDE (\"Name\", age) WITH (deduplicate_items = off, fillfactor = 70)"
                        + " DEFERRABLE INITIALLY DEFERRED;\n",
                sql(new AddUnique(USERS, unique)));
        PrimaryKey key = COMPOSITE_KEY.withOptions(dev.shale.model.KeyOptions.NONE.withInclude(List.of("note"))
                .withStorage("fillfactor", "80"));
        assertEquals("ALTER TABLE public.memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY (user_id, \"group\")"
                        + " INCLUDE (note) WITH (fillfactor = 80);\n",
                sql(new AddPrimaryKey(MEMBERSHIPS, key)));
    }

    @Test
    void nullsNotDistinctIsForUniqueConstraintsOnly() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> COMPOSITE_KEY.withOptions(dev.shale.model.KeyOptions.NONE.withNullsNotDistinct(true)));
        assertEquals("primary key memberships_pkey: NULLS NOT DISTINCT applies to unique constraints, not to a"
                + " primary key (its columns are NOT NULL)", refused.getMessage());
        refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new UniqueConstraint("u", List.of("a"), dev.shale.model.Deferrability.NOT_DEFERRABLE,
                        dev.shale.model.KeyOptions.NONE.withInclude(List.of("a"))));
        assertEquals("unique constraint u: column a is both a key column and an INCLUDE column", refused.getMessage());
    }

    @Test
    void addCheckIsAddedNotValidThenValidated() {
        CheckConstraint check = new CheckConstraint("users_age_check", "age >= 0");
        assertEquals("""
                ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK (age >= 0) NOT VALID;
                ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check;
                """, sql(new AddCheck(USERS, check)));
        assertEquals("ALTER TABLE public.users DROP CONSTRAINT users_age_check;\n", sql(new DropCheck(USERS, check)));
    }

    @Test
    void foreignKeyOnANewTableIsAddedValid() {
        assertEquals("ALTER TABLE public.support_tickets ADD CONSTRAINT support_tickets_user_id_fkey"
                        + " FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;\n",
                sql(new AddForeignKey(TICKETS, userForeignKey(), true)));
    }

    @Test
    void foreignKeyOnAnExistingTableIsAddedNotValidThenValidated() {
        ForeignKey key = ForeignKey.builder("orders_customer_fkey", new QualifiedName("billing", "customers"))
                .columns("customer_id", "region").referencedColumns("id", "region")
                .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE).build();
        assertEquals("""
                ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id, region) \
                REFERENCES billing.customers (id, region) ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;
                ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fkey;
                """, sql(new AddForeignKey(QualifiedName.of("orders"), key, false)));
    }

    @Test
    void foreignKeyWritesEveryActionButNoAction() {
        ForeignKey key = ForeignKey.builder("a_b_fkey", QualifiedName.of("b")).columns("b_id").referencedColumns("id")
                .onDelete(ReferentialAction.RESTRICT).onUpdate(ReferentialAction.SET_DEFAULT).build();
        assertEquals("ALTER TABLE public.a ADD CONSTRAINT a_b_fkey FOREIGN KEY (b_id) REFERENCES public.b (id)"
                        + " ON DELETE RESTRICT ON UPDATE SET DEFAULT;\n",
                sql(new AddForeignKey(QualifiedName.of("a"), key, true)));
    }

    @Test
    void dropForeignKey() {
        assertEquals("ALTER TABLE public.support_tickets DROP CONSTRAINT support_tickets_user_id_fkey;\n",
                sql(new DropForeignKey(TICKETS, userForeignKey(), false)));
    }

    @Test
    void renameConstraint() {
        assertEquals("ALTER TABLE public.users RENAME CONSTRAINT users_email_key TO users_mail_key;\n",
                sql(new RenameConstraint(USERS, "users_email_key", "users_mail_key")));
    }
}
