package dev.shale.diff;

import static dev.shale.diff.DiffAssert.assertDiff;
import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.INTEGER;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.index;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.name;
import static dev.shale.diff.Fixtures.table;
import static dev.shale.diff.Fixtures.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.Fixtures.TableBuilder;
import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropPrimaryKey;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameIndex;
import dev.shale.model.CheckConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.KeyOptions;
import dev.shale.model.PrimaryKey;
import dev.shale.model.ReferentialAction;
import dev.shale.model.SchemaModel;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DifferConstraintsTest {

    /** {@code public.accounts(id, tenant, email, parent_id)}, then whatever {@code extra} adds. */
    private static SchemaModel accounts(UnaryOperator<TableBuilder> extra) {
        TableBuilder accounts = table("accounts").col(
                col("id", BIGINT).notNull(), col("tenant", BIGINT).notNull(), col("email", TEXT), col("parent_id", BIGINT));
        return model().table(extra.apply(accounts)).build();
    }

    private static final UnaryOperator<TableBuilder> NOTHING = t -> t;

    @Test
    void primaryKeyIsAddedDroppedAndChanged() {
        PrimaryKey single = new PrimaryKey("accounts_pkey", List.of("id"));
        PrimaryKey composite = new PrimaryKey("accounts_pkey", List.of("tenant", "id"));
        var accounts = name("accounts");
        assertDiff(accounts(NOTHING), accounts(t -> t.pk("accounts_pkey", "id")), List.of(
                new AddPrimaryKey(accounts, single)));
        assertDiff(accounts(t -> t.pk("accounts_pkey", "id")), accounts(NOTHING), List.of(
                new DropPrimaryKey(accounts, single)));
        assertDiff(accounts(t -> t.pk("accounts_pkey", "id")), accounts(t -> t.pk("accounts_pkey", "tenant", "id")),
                List.of(new DropPrimaryKey(accounts, single), new AddPrimaryKey(accounts, composite)));
    }

    @Test
    void uniqueIsAddedDroppedChangedAndRenamed() {
        var accounts = name("accounts");
        UniqueConstraint email = new UniqueConstraint("accounts_email_key", List.of("email"));
        UniqueConstraint tenantEmail = new UniqueConstraint("accounts_email_key", List.of("tenant", "email"));
        UniqueConstraint renamed = new UniqueConstraint("accounts_email_unique", List.of("email"));
        assertDiff(accounts(NOTHING), accounts(t -> t.unique("accounts_email_key", "email")), List.of(
                new AddUnique(accounts, email)));
        assertDiff(accounts(t -> t.unique("accounts_email_key", "email")), accounts(NOTHING), List.of(
                new DropUnique(accounts, email)));
        assertDiff(accounts(t -> t.unique("accounts_email_key", "email")),
                accounts(t -> t.unique("accounts_email_key", "tenant", "email")),
                List.of(new DropUnique(accounts, email), new AddUnique(accounts, tenantEmail)));
        assertDiff(accounts(t -> t.unique("accounts_email_key", "email")),
                accounts(t -> t.unique("accounts_email_unique", "email")),
                List.of(new RenameConstraint(accounts, email.name(), renamed.name())));
    }

    @Test
    void checkIsAddedDroppedAndChanged() {
        var accounts = name("accounts");
        CheckConstraint nonEmpty = new CheckConstraint("accounts_email_check", "email <> ''");
        CheckConstraint hasAt = new CheckConstraint("accounts_email_check", "position('@' in email) > 1");
        assertDiff(accounts(NOTHING), accounts(t -> t.check(nonEmpty.name(), nonEmpty.expression())), List.of(
                new AddCheck(accounts, nonEmpty)));
        assertDiff(accounts(t -> t.check(nonEmpty.name(), nonEmpty.expression())), accounts(NOTHING), List.of(
                new DropCheck(accounts, nonEmpty)));
        assertDiff(accounts(t -> t.check(nonEmpty.name(), nonEmpty.expression())),
                accounts(t -> t.check(hasAt.name(), hasAt.expression())),
                List.of(new DropCheck(accounts, nonEmpty), new AddCheck(accounts, hasAt)));
    }

    @Test
    void foreignKeyIsAddedDroppedAndItsActionChangeIsADropAndAnAdd() {
        var accounts = name("accounts");
        ForeignKey noAction = fk("accounts_parent_id_fkey", List.of("parent_id"), "accounts", List.of("id"));
        ForeignKey cascade = fk("accounts_parent_id_fkey", List.of("parent_id"), "accounts", List.of("id"),
                ReferentialAction.CASCADE);
        UnaryOperator<TableBuilder> keyed = t -> t.pk("accounts_pkey", "id");
        assertDiff(accounts(keyed), accounts(t -> keyed.apply(t).fk(noAction)), List.of(
                new AddForeignKey(accounts, noAction, false)));
        assertDiff(accounts(t -> keyed.apply(t).fk(noAction)), accounts(keyed), List.of(
                new DropForeignKey(accounts, noAction, false)));
        assertDiff(accounts(t -> keyed.apply(t).fk(noAction)), accounts(t -> keyed.apply(t).fk(cascade)), List.of(
                new DropForeignKey(accounts, noAction, false),
                new AddForeignKey(accounts, cascade, false)));
    }

    @Test
    void foreignKeyRelyingOnADroppedKeyIsDroppedFirstAndAddedBackLast() {
        ForeignKey byEmail = fk("invites_email_fkey", List.of("email"), "accounts", List.of("email"));
        SchemaModel from = model()
                .table(table("accounts").col(col("id", BIGINT).notNull(), col("email", TEXT).notNull())
                        .unique("accounts_email_key", "email"))
                .table(table("invites").col(col("email", TEXT)).fk(byEmail))
                .build();
        SchemaModel to = model()
                .table(table("accounts").col(col("id", BIGINT).notNull(), col("email", TEXT).notNull())
                        .index(uniqueIndex("accounts_email_idx", "email")))
                .table(table("invites").col(col("email", TEXT)).fk(byEmail))
                .build();

        assertDiff(from, to, List.of(
                new DropForeignKey(name("invites"), byEmail, false),
                new DropUnique(name("accounts"), new UniqueConstraint("accounts_email_key", List.of("email"))),
                new CreateIndex(name("accounts"), uniqueIndex("accounts_email_idx", "email")),
                new AddForeignKey(name("invites"), byEmail, false)));
    }

    @Test
    void indexIsAddedDroppedAndRenamed() {
        var accounts = name("accounts");
        Index byEmail = index("accounts_email_idx", "email");
        assertDiff(accounts(NOTHING), accounts(t -> t.index(byEmail)), List.of(new CreateIndex(accounts, byEmail)));
        assertDiff(accounts(t -> t.index(byEmail)), accounts(NOTHING), List.of(new DropIndex(accounts, byEmail)));
        assertDiff(accounts(t -> t.index(byEmail)), accounts(t -> t.index(index("accounts_by_email", "email"))),
                List.of(new RenameIndex(accounts, "accounts_email_idx", "accounts_by_email")));
    }

    @Test
    void changedIndexIsDroppedAndCreated() {
        var accounts = name("accounts");
        Index plain = index("accounts_email_idx", "email");
        Index partial = Index.builder("accounts_email_idx").columns("email").where("email IS NOT NULL").build();
        Index otherPredicate = Index.builder("accounts_email_idx").columns("email").where("parent_id IS NULL").build();
        Index expression = Index.builder("accounts_email_idx").expression("lower(email)").build();
        Index hash = Index.builder("accounts_email_idx").columns("email").method(IndexMethod.HASH).build();
        Index unique = uniqueIndex("accounts_email_idx", "email");
        Index twoKeys = index("accounts_email_idx", "email", "tenant");

        for (Index changed : List.of(partial, expression, hash, unique, twoKeys)) {
            assertDiff(accounts(t -> t.index(plain)), accounts(t -> t.index(changed)), List.of(
                    new DropIndex(accounts, plain), new CreateIndex(accounts, changed)));
        }
        assertDiff(accounts(t -> t.index(partial)), accounts(t -> t.index(otherPredicate)), List.of(
                new DropIndex(accounts, partial), new CreateIndex(accounts, otherPredicate)));
    }

    @Test
    void changedIndexOptionIsDroppedAndCreated() {
        var accounts = name("accounts");
        IndexKey email = IndexKey.column("email");
        Index plain = Index.builder("accounts_email_idx").keys(email).unique().build();
        List<Index> changes = List.of(
                plain.toBuilder().keys(email.withDescending(true)).build(),
                plain.toBuilder().keys(email.withNulls(IndexKey.Nulls.FIRST)).build(),
                plain.toBuilder().keys(email.withOpclass("text_pattern_ops")).build(),
                plain.toBuilder().keys(email.withCollation("C")).build(),
                plain.toBuilder().include("tenant").build(),
                plain.toBuilder().nullsNotDistinct(true).build(),
                plain.toBuilder().storage("fillfactor", "70").build());
        for (Index changed : changes) {
            assertDiff(accounts(t -> t.index(plain)), accounts(t -> t.index(changed)), List.of(
                    new DropIndex(accounts, plain), new CreateIndex(accounts, changed)));
            assertDiff(accounts(t -> t.index(changed)), accounts(t -> t.index(changed)), List.of());
        }
        Index fill70 = plain.toBuilder().storage("fillfactor", "70").build();
        Index fill80 = plain.toBuilder().storage("fillfactor", "80").build();
        assertDiff(accounts(t -> t.index(fill70)), accounts(t -> t.index(fill80)), List.of(
                new DropIndex(accounts, fill70), new CreateIndex(accounts, fill80)));
    }

    @Test
    void changedKeyOptionDropsAndAddsTheKeyBack() {
        var accounts = name("accounts");
        UniqueConstraint plain = new UniqueConstraint("accounts_email_key", List.of("email"));
        PrimaryKey key = new PrimaryKey("accounts_pkey", List.of("id"));
        List<KeyOptions> options = List.of(KeyOptions.NONE.withInclude(List.of("tenant")),
                KeyOptions.NONE.withNullsNotDistinct(true), KeyOptions.NONE.withStorage("fillfactor", "70"));
        for (KeyOptions changed : options) {
            UniqueConstraint other = plain.withOptions(changed);
            assertDiff(accounts(t -> t.unique(plain)), accounts(t -> t.unique(other)), List.of(
                    new DropUnique(accounts, plain), new AddUnique(accounts, other)));
            assertDiff(accounts(t -> t.unique(other)), accounts(t -> t.unique(other)), List.of());
            if (!changed.nullsNotDistinct()) {
                PrimaryKey otherKey = key.withOptions(changed);
                assertDiff(accounts(t -> t.pk(key)), accounts(t -> t.pk(otherKey)), List.of(
                        new DropPrimaryKey(accounts, key), new AddPrimaryKey(accounts, otherKey)));
            }
        }
        // a renamed key keeps its options; a renamed INCLUDE column is renamed in the key
        UniqueConstraint included = plain.withOptions(options.get(0));
        UniqueConstraint renamed = new UniqueConstraint("accounts_mail_key", List.of("email"),
                plain.deferrability(), options.get(0));
        assertDiff(accounts(t -> t.unique(included)), accounts(t -> t.unique(renamed)), List.of(
                new RenameConstraint(accounts, "accounts_email_key", "accounts_mail_key")));
    }

    @Test
    void foreignKeyOnAKeyWhoseOptionChangesIsDroppedFirstAndAddedBackLast() {
        ForeignKey byEmail = fk("invites_email_fkey", List.of("email"), "accounts", List.of("email"));
        UniqueConstraint before = new UniqueConstraint("accounts_email_key", List.of("email"));
        UniqueConstraint after = before.withOptions(KeyOptions.NONE.withStorage("fillfactor", "70"));
        SchemaModel from = model()
                .table(table("accounts").col(col("id", BIGINT).notNull(), col("email", TEXT).notNull()).unique(before))
                .table(table("invites").col(col("email", TEXT)).fk(byEmail))
                .build();
        SchemaModel to = model()
                .table(table("accounts").col(col("id", BIGINT).notNull(), col("email", TEXT).notNull()).unique(after))
                .table(table("invites").col(col("email", TEXT)).fk(byEmail))
                .build();

        assertDiff(from, to, List.of(
                new DropForeignKey(name("invites"), byEmail, false),
                new DropUnique(name("accounts"), before),
                new AddUnique(name("accounts"), after),
                new AddForeignKey(name("invites"), byEmail, false)));
    }

    /**
     * PostgreSQL rebuilds a key's index when an INCLUDE column changes type, and refuses while a foreign key relies on
     * it ("cannot drop constraint accounts_pkey ... because other objects depend on it"): the key is rebuilt around
     * the change, its foreign keys dropped first and added back last.
     */
    @Test
    void retypedIncludeColumnRebuildsTheKeyAndItsForeignKeys() {
        ForeignKey byAccount = fk("invites_account_id_fkey", List.of("account_id"), "accounts", List.of("id"));
        PrimaryKey key = new PrimaryKey("accounts_pkey", List.of("id")).withOptions(
                KeyOptions.NONE.withInclude(List.of("rank")));
        SchemaModel from = model()
                .table(table("accounts").col(col("id", BIGINT).notNull(), col("rank", INTEGER)).pk(key))
                .table(table("invites").col(col("account_id", BIGINT)).fk(byAccount))
                .build();
        SchemaModel to = model()
                .table(table("accounts").col(col("id", BIGINT).notNull(), col("rank", BIGINT)).pk(key))
                .table(table("invites").col(col("account_id", BIGINT)).fk(byAccount))
                .build();
        List<String> up = MigrationPlanner.plan(from, to, dev.shale.model.RenameHints.NONE).up().stream()
                .map(dev.shale.diff.postgres.SqlStatement::sql).toList();
        assertEquals(List.of("ALTER TABLE public.invites DROP CONSTRAINT invites_account_id_fkey",
                "ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey",
                "ALTER TABLE public.accounts ALTER COLUMN rank TYPE bigint USING rank::bigint",
                "ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id) INCLUDE (rank)",
                "ALTER TABLE public.invites ADD CONSTRAINT invites_account_id_fkey FOREIGN KEY (account_id)"
                        + " REFERENCES public.accounts (id) NOT VALID",
                "ALTER TABLE public.invites VALIDATE CONSTRAINT invites_account_id_fkey"), up);
    }

    @Test
    void spelledOutDefaultNullsPlacementIsTheSameKey() {
        IndexKey email = IndexKey.column("email");
        assertEquals(email, email.withNulls(IndexKey.Nulls.LAST));
        assertEquals(email.withDescending(true), email.withDescending(true).withNulls(IndexKey.Nulls.FIRST));
    }

    @Test
    void renamedIndexKeepsItsOptions() {
        var accounts = name("accounts");
        Index before = Index.builder("a_idx").keys(IndexKey.column("email").withDescending(true)).include("tenant")
                .storage("fillfactor", "70").build();
        assertDiff(accounts(t -> t.index(before)), accounts(t -> t.index(before.toBuilder().name("b_idx").build())),
                List.of(new RenameIndex(accounts, "a_idx", "b_idx")));
    }

    @Test
    void renameNeedsTheSameDefinitionElseItIsADropAndAnAdd() {
        var accounts = name("accounts");
        assertDiff(accounts(t -> t.index(index("a_idx", "email"))), accounts(t -> t.index(index("b_idx", "tenant"))),
                List.of(new DropIndex(accounts, index("a_idx", "email")),
                        new CreateIndex(accounts, index("b_idx", "tenant"))));
    }

    @Test
    void onlyOneOfTwoLikeIndexesIsRenamedToEachNewOne() {
        var accounts = name("accounts");
        assertDiff(accounts(t -> t.index(index("a1", "email")).index(index("a2", "email"))),
                accounts(t -> t.index(index("b1", "email"))),
                List.of(new DropIndex(accounts, index("a2", "email")), new RenameIndex(accounts, "a1", "b1")));
    }
}
