package dev.shale.diff;

import static dev.shale.diff.DiffAssert.assertDiff;
import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.hints;
import static dev.shale.diff.Fixtures.index;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.name;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetTableComment;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferTablesTest {

    private static final ForeignKey POSTS_AUTHOR = fk("posts_author_id_fkey", List.of("author_id"), "users", List.of("id"));

    private static final Table USERS = table("users")
            .col(col("id", BIGINT).notNull().identity(Identity.ALWAYS), col("email", TEXT).notNull())
            .pk("users_pkey", "id")
            .unique("users_email_key", "email")
            .build();

    private static final Table POSTS = table("posts")
            .col(col("id", BIGINT).notNull().identity(Identity.BY_DEFAULT), col("author_id", BIGINT).notNull())
            .pk("posts_pkey", "id")
            .fk(POSTS_AUTHOR)
            .index(index("posts_author_id_idx", "author_id"))
            .build();

    private static final SchemaModel BLOG = model().table(USERS).table(POSTS).build();

    @Test
    void createsTablesThenTheirForeignKeys() {
        assertDiff(SchemaModel.EMPTY, BLOG, List.of(
                new CreateTable(POSTS),
                new CreateTable(USERS),
                new AddForeignKey(name("posts"), POSTS_AUTHOR, true)));
    }

    @Test
    void dropsOwnForeignKeysThenTables() {
        assertDiff(BLOG, SchemaModel.EMPTY, List.of(
                new DropForeignKey(name("posts"), POSTS_AUTHOR, true),
                new DropTable(POSTS),
                new DropTable(USERS)));
    }

    @Test
    void foreignKeyBetweenANewAndAnExistingTableIsForANewTable() {
        assertDiff(model().table(USERS).build(), BLOG, List.of(
                new CreateTable(POSTS),
                new AddForeignKey(name("posts"), POSTS_AUTHOR, true)));
    }

    @Test
    void renamedTableCarriesItsIdentityColumnsAndRenamesGeneratedConstraintNames() {
        SchemaModel from = model()
                .table(table("orgs").col(col("id", BIGINT).notNull()).pk("orgs_pkey", "id"))
                .table(table("users")
                        .col(col("id", BIGINT).notNull().identity(Identity.ALWAYS), col("org_id", BIGINT),
                                col("email", TEXT))
                        .pk("users_pkey", "id")
                        .unique("users_email_key", "email")
                        .check("users_email_check", "email <> ''")
                        .fk(fk("users_org_id_fkey", List.of("org_id"), "orgs", List.of("id")))
                        .index(index("users_org_id_idx", "org_id")))
                .table(POSTS)
                .build();
        SchemaModel to = model()
                .table(table("orgs").col(col("id", BIGINT).notNull()).pk("orgs_pkey", "id"))
                .table(table("accounts")
                        .col(col("id", BIGINT).notNull().identity(Identity.ALWAYS), col("org_id", BIGINT),
                                col("email", TEXT))
                        .pk("accounts_pkey", "id")
                        .unique("accounts_email_key", "email")
                        .check("accounts_email_check", "email <> ''")
                        .fk(fk("accounts_org_id_fkey", List.of("org_id"), "orgs", List.of("id")))
                        .index(index("accounts_org_id_idx", "org_id")))
                .table(table("posts")
                        .col(col("id", BIGINT).notNull().identity(Identity.BY_DEFAULT), col("author_id", BIGINT).notNull())
                        .pk("posts_pkey", "id")
                        .fk(fk("posts_author_id_fkey", List.of("author_id"), "accounts", List.of("id")))
                        .index(index("posts_author_id_idx", "author_id")))
                .build();

        assertDiff(from, to, hints().table("users", "accounts", "com.example.Account").build(), List.of(
                new RenameTable(name("users"), name("accounts"), List.of("id")),
                new RenameConstraint(name("accounts"), "users_email_check", "accounts_email_check"),
                new RenameConstraint(name("accounts"), "users_email_key", "accounts_email_key"),
                new RenameConstraint(name("accounts"), "users_org_id_fkey", "accounts_org_id_fkey"),
                new RenameConstraint(name("accounts"), "users_pkey", "accounts_pkey"),
                new RenameIndex(name("accounts"), "users_org_id_idx", "accounts_org_id_idx")));
    }

    @Test
    void withoutAHintARenameIsADropAndACreate() {
        Table accounts = table("accounts")
                .col(col("id", BIGINT).notNull().identity(Identity.ALWAYS), col("email", TEXT).notNull())
                .pk("accounts_pkey", "id")
                .unique("accounts_email_key", "email")
                .build();
        assertDiff(model().table(USERS).build(), model().table(accounts).build(), List.of(
                new CreateTable(accounts),
                new DropTable(USERS)));
    }

    @Test
    void renamesATableIntoANewSchemaAfterCreatingIt() {
        Table invoices = table("invoices").col(col("id", BIGINT).notNull()).pk("invoices_pkey", "id").build();
        SchemaModel from = model().table(invoices).build();
        SchemaModel to = model().schema("billing").table(invoices.withName(name("billing.invoices"))).build();

        assertDiff(from, to, hints().table("invoices", "billing.invoices", "com.example.Invoice").build(), List.of(
                new CreateSchema("billing"),
                new RenameTable(name("invoices"), name("billing.invoices"), List.of())));
    }

    @Test
    void renamesATableOutOfASchemaBeforeDroppingIt() {
        Table invoices = table("billing.invoices").col(col("id", BIGINT).notNull()).build();
        SchemaModel from = model().schema("billing").table(invoices).build();
        SchemaModel to = model().table(invoices.withName(name("invoices"))).build();

        assertDiff(from, to, hints().table("billing.invoices", "invoices", "com.example.Invoice").build(), List.of(
                new RenameTable(name("billing.invoices"), name("invoices"), List.of()),
                new DropSchema("billing")));
    }

    @Test
    void createsAndDropsSchemasAroundTheirTables() {
        Table ledger = table("audit.ledger").col(col("id", BIGINT).notNull()).build();
        SchemaModel withAudit = model().schema("audit").table(ledger).build();

        assertDiff(SchemaModel.EMPTY, withAudit, List.of(new CreateSchema("audit"), new CreateTable(ledger)));
        assertDiff(withAudit, SchemaModel.EMPTY, List.of(new DropTable(ledger), new DropSchema("audit")));
    }

    @Test
    void tableCommentChangesAreTheirOwnChange() {
        Table commented = table("users").col(col("id", BIGINT).notNull()).comment("People who sign in").build();
        Table plain = table("users").col(col("id", BIGINT).notNull()).build();

        assertDiff(model().table(plain).build(), model().table(commented).build(), List.of(
                new SetTableComment(name("users"), null, "People who sign in")));
        assertDiff(SchemaModel.EMPTY, model().table(commented).build(), List.of(new CreateTable(commented)));
        assertDiff(model().table(commented).build(), SchemaModel.EMPTY, List.of(new DropTable(commented)));
    }

    @Test
    void renamedColumnOfARenamedTableIsHintedByTheNewTableName() {
        Table before = table("tickets").col(col("id", BIGINT).notNull(), col("body", TEXT))
                .index(index("tickets_body_idx", "body")).build();
        Table after = table("support_tickets").col(col("id", BIGINT).notNull(), col("content", TEXT))
                .index(index("support_tickets_content_idx", "content")).build();

        assertDiff(model().table(before).build(), model().table(after).build(), hints()
                        .table("tickets", "support_tickets", "com.example.SupportTicket")
                        .column("support_tickets", "body", "content", "com.example.SupportTicket.content")
                        .build(),
                List.of(
                        new RenameTable(name("tickets"), name("support_tickets"), List.of()),
                        new RenameColumn(name("support_tickets"), "body", "content", false),
                        new RenameIndex(name("support_tickets"), "tickets_body_idx", "support_tickets_content_idx")));
    }
    @Test
    void movesFirstWhenTheOldSchemaStillUsesTheNewName() {
        Table payments = table("payments").col(col("id", BIGINT).notNull()).pk("payments_pkey", "id").build();
        SchemaModel from = model()
                .table(table("orders").col(col("id", BIGINT).notNull()).pk("orders_pkey", "id"))
                .table(payments).build();
        SchemaModel to = model().schema("billing").table(payments.withName(name("billing.payments")))
                .table(payments).build();

        List<Change> up = assertDiff(from, to, hints().table("orders", "billing.payments", "com.x.Payment").build(),
                List.of(
                        new CreateSchema("billing"),
                        new RenameTable(name("orders"), name("billing.payments"), List.of(),
                                List.of(name("billing.orders"))),
                        new RenameConstraint(name("billing.payments"), "orders_pkey", "payments_pkey")));
        // The down walks the same names back: rename inside billing, then move.
        assertEquals(new RenameTable(name("billing.payments"), name("orders"), List.of(), List.of(name("billing.orders"))),
                up.get(1).reverse());
    }

    @Test
    void goesThroughATemporaryNameWhenBothSchemasUseTheOtherName() {
        Table a = table("a").col(col("id", BIGINT).notNull()).build();
        Table sA = table("s.a").col(col("id", BIGINT).notNull()).build();
        Table b = table("b").col(col("id", BIGINT).notNull()).build();
        SchemaModel from = model().schema("s").table(a).table(sA).table(b).build();
        SchemaModel to = model().schema("s").table(a.withName(name("s.b"))).table(sA).table(b).build();

        assertDiff(from, to, hints().table("a", "s.b", "com.x.B").build(), List.of(
                new RenameTable(name("a"), name("s.b"), List.of(), List.of(name("b_moving"), name("s.b_moving")))));
    }

    @Test
    void movesTheIdentitySequencesAlongAndAvoidsTheirNamesToo() {
        // s.t_id_seq exists, so the table cannot move under its old name with its sequence.
        Table t = table("t").col(col("id", BIGINT).notNull().identity(Identity.ALWAYS)).build();
        Table sT = table("s.t").col(col("id", BIGINT).notNull().identity(Identity.ALWAYS)).build();
        Table u = table("u").col(col("id", BIGINT).notNull()).build();
        SchemaModel from = model().schema("s").table(t).table(sT).table(u).build();
        SchemaModel to = model().schema("s").table(t.withName(name("s.u"))).table(sT).table(u).build();

        assertDiff(from, to, hints().table("t", "s.u", "com.x.U").build(), List.of(
                new RenameTable(name("t"), name("s.u"), List.of("id"), List.of(name("u_moving"), name("s.u_moving")))));
    }

    @Test
    void renamesAMovingTablesIndexesBeforeTheMoveWhereTheNewSchemaHasTheirOldNames() {
        Table kept = table("t").col(col("id", BIGINT).notNull()).pk("t_pkey", "id")
                .index(index("t_id_idx", "id")).build();
        Table moving = table("audit.t").col(col("id", BIGINT).notNull()).pk("t_pkey", "id")
                .index(index("t_id_idx", "id")).build();
        Table moved = table("u").col(col("id", BIGINT).notNull()).pk("u_pkey", "id")
                .index(index("u_id_idx", "id")).build();
        SchemaModel from = model().schema("audit").table(moving).table(kept).build();
        SchemaModel to = model().schema("audit").table(moved).table(kept).build();

        assertDiff(from, to, hints().table("audit.t", "u", "com.x.U").build(), List.of(
                new RenameConstraint(name("audit.t"), "t_pkey", "u_pkey"),
                new RenameIndex(name("audit.t"), "t_id_idx", "u_id_idx"),
                new RenameTable(name("audit.t"), name("u"), List.of())));
    }

    @Test
    void renamesAMovingTablesIndexThroughATemporaryNameWhenItsNewNameIsTakenInTheOldSchema() {
        Table kept = table("t").col(col("id", BIGINT).notNull()).pk("t_pkey", "id").build();
        Table other = table("audit.x").col(col("id", BIGINT).notNull()).pk("u_pkey", "id").build();
        Table moving = table("audit.t").col(col("id", BIGINT).notNull()).pk("t_pkey", "id").build();
        Table moved = table("u").col(col("id", BIGINT).notNull()).pk("u_pkey", "id").build();
        SchemaModel from = model().schema("audit").table(moving).table(other).table(kept).build();
        SchemaModel to = model().schema("audit").table(moved).table(other).table(kept).build();

        assertDiff(from, to, hints().table("audit.t", "u", "com.x.U").build(), List.of(
                new RenameConstraint(name("audit.t"), "t_pkey", "u_pkey_moving"),
                new RenameTable(name("audit.t"), name("u"), List.of()),
                new RenameConstraint(name("u"), "u_pkey_moving", "u_pkey")));
    }
}
