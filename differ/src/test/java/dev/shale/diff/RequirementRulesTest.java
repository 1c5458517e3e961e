package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.INTEGER;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumOf;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.fk;
import static dev.shale.diff.Fixtures.hints;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static dev.shale.diff.Fixtures.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.postgres.DataRequirement;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The data requirements of plans on model pairs: each change that can fail on existing rows requires what it needs
 * of them, in the direction where it can fail, named as when the file starts.
 */
class RequirementRulesTest {

    private static Fixtures.TableBuilder users() {
        return table("users").col(col("id", BIGINT).notNull()).pk("users_pkey", "id");
    }

    private static List<String> up(SchemaModel from, SchemaModel to) {
        return lines(MigrationPlanner.plan(from, to, RenameHints.NONE).upRequirements());
    }

    private static List<String> down(SchemaModel from, SchemaModel to) {
        return lines(MigrationPlanner.plan(from, to, RenameHints.NONE).downRequirements());
    }

    private static List<String> lines(List<DataRequirement> requirements) {
        return requirements.stream().map(r -> r.headerText().orElseThrow()).toList();
    }

    @Test
    void aNotNullColumnNothingFillsRequiresAnEmptyTable() {
        SchemaModel before = model().table(users()).build();
        SchemaModel bare = model().table(users().col(col("timezone", TEXT).notNull())).build();
        assertEquals(List.of("empty public.users.timezone"), up(before, bare));
        assertEquals(List.of(), down(before, bare));

        SchemaModel filled = model().table(users().col(col("timezone", TEXT).notNull().defaultTo("'UTC'"),
                col("seq", BIGINT).notNull().identity(Identity.BY_DEFAULT),
                col("nickname", TEXT))).build();
        assertEquals(List.of(), up(before, filled));
    }

    @Test
    void setNotNullRequiresNoNullsOneWay() {
        SchemaModel nullable = model().table(users().col(col("email", TEXT))).build();
        SchemaModel required = model().table(users().col(col("email", TEXT).notNull())).build();
        assertEquals(List.of("no-nulls public.users.email"), up(nullable, required));
        assertEquals(List.of(), down(nullable, required));
        assertEquals(List.of("no-nulls public.users.email"), down(required, nullable));
    }

    @Test
    void aNarrowingTypeChangeRequiresItsCastToKeepEveryValue() {
        SchemaModel wide = model().table(users().col(col("n", BIGINT), col("code", varchar(20)))).build();
        SchemaModel narrow = model().table(users().col(col("n", INTEGER), col("code", varchar(5)))).build();
        assertEquals(List.of("cast public.users.code varchar(20) -> varchar(5)", "cast public.users.n bigint -> integer"),
                up(wide, narrow).stream().sorted().toList());
        assertEquals(List.of(), down(wide, narrow));
        SchemaModel text = model().table(users().col(col("n", TEXT), col("code", TEXT))).build();
        assertEquals(List.of(), up(wide, text));
    }

    @Test
    void uniqueKeysChecksAndForeignKeysRequireTheirRows() {
        SchemaModel before = model().table(table("orgs").col(col("id", BIGINT).notNull()).pk("orgs_pkey", "id"))
                .table(users().col(col("email", TEXT), col("org_id", BIGINT), col("age", INTEGER))).build();
        SchemaModel after = model().table(table("orgs").col(col("id", BIGINT).notNull()).pk("orgs_pkey", "id"))
                .table(users().col(col("email", TEXT), col("org_id", BIGINT), col("age", INTEGER))
                        .unique("users_email_org_id_key", "email", "org_id")
                        .check("users_age_check", "age >= 0")
                        .fk(fk("users_org_id_fkey", List.of("org_id"), "orgs", List.of("id")))
                        .index(Index.builder("users_lower_email_idx").expression("lower(email)").unique()
                                .where("age > 17").build()))
                .build();
        assertEquals(List.of("check public.users users_age_check age >= 0",
                "references public.users users_org_id_fkey (org_id) public.orgs (id)",
                "unique public.users users_email_org_id_key (email, org_id)",
                "unique public.users users_lower_email_idx ((lower(email))) where age > 17"),
                up(before, after).stream().sorted().toList());
        assertEquals(List.of(), down(before, after));
    }

    @Test
    void turningAKeyColumnIntoCitextRequiresNoRowsThatDifferOnlyInCase() {
        dev.shale.model.Extension citextExtension = new dev.shale.model.Extension("citext", "public", null);
        dev.shale.model.ColumnType citext = dev.shale.model.ColumnType.userType(
                new dev.shale.model.QualifiedName("public", "citext"));
        SchemaModel text = model().table(users().col(col("email", TEXT), col("org_id", BIGINT), col("age", INTEGER))
                .unique("users_email_org_id_key", "email", "org_id")
                .index(Index.builder("users_email_idx").columns("email").unique().where("age > 17").build())
                .index(Index.builder("users_age_email_idx").columns("age", "email").build())).build()
                .toBuilder().extension(citextExtension).build();
        SchemaModel folded = model().table(users().col(col("email", citext), col("org_id", BIGINT),
                        col("age", INTEGER))
                .unique("users_email_org_id_key", "email", "org_id")
                .index(Index.builder("users_email_idx").columns("email").unique().where("age > 17").build())
                .index(Index.builder("users_age_email_idx").columns("age", "email").build())).build()
                .toBuilder().extension(citextExtension).build();
        // no cast to check (every text is a citext), but each unique key over the column, compared as citext does
        // (read as the migration converts the column: the cast is what the pre-flight reads before it runs)
        assertEquals(List.of("unique public.users users_email_idx (lower(((email::public.citext))::text)) where age > 17",
                "unique public.users users_email_org_id_key (lower(((email::public.citext))::text), org_id)"),
                up(text, folded).stream().sorted().toList());
        assertEquals(List.of(), down(text, folded));
        // the other way round: the down folds case
        assertEquals(List.of(), up(folded, text));
        assertEquals(List.of("unique public.users users_email_idx (lower(((email::public.citext))::text)) where age > 17",
                "unique public.users users_email_org_id_key (lower(((email::public.citext))::text), org_id)"),
                down(folded, text).stream().sorted().toList());
        // a key added with the type change is asked as the new type compares it too
        SchemaModel bare = model().table(users().col(col("email", TEXT), col("org_id", BIGINT), col("age", INTEGER)))
                .build().toBuilder().extension(citextExtension).build();
        SchemaModel unique = model().table(users().col(col("email", citext), col("org_id", BIGINT),
                col("age", INTEGER)).unique("users_email_key", "email")).build()
                .toBuilder().extension(citextExtension).build();
        assertEquals(List.of("unique public.users users_email_key (((email::public.citext)))",
                "unique public.users users_email_key (lower(((email::public.citext))::text))"),
                up(bare, unique).stream().sorted().toList());
    }

    @Test
    void aNullsNotDistinctIndexChecksNullKeysToo() {
        SchemaModel before = model().table(users().col(col("email", TEXT), col("age", INTEGER))).build();
        SchemaModel after = model().table(users().col(col("email", TEXT), col("age", INTEGER))
                .index(Index.builder("users_email_age_key").columns("email", "age").unique().nullsNotDistinct(true)
                        .build())).build();
        assertEquals(List.of("unique public.users users_email_age_key (ARRAY[email], ARRAY[age])"), up(before, after));
    }

    @Test
    void aNullsNotDistinctUniqueConstraintChecksNullKeysToo() {
        SchemaModel before = model().table(users().col(col("email", TEXT), col("age", INTEGER))).build();
        SchemaModel after = model().table(users().col(col("email", TEXT), col("age", INTEGER))
                .unique(new dev.shale.model.UniqueConstraint("users_email_age_key", List.of("email", "age"),
                        dev.shale.model.Deferrability.NOT_DEFERRABLE,
                        dev.shale.model.KeyOptions.NONE.withNullsNotDistinct(true)))).build();
        assertEquals(List.of("unique public.users users_email_age_key (ARRAY[email], ARRAY[age])"), up(before, after));
    }

    @Test
    void aForeignKeyOnAColumnAddedWithADefaultIsCheckedThroughTheDefault() {
        SchemaModel before = model().table(table("orgs").col(col("id", BIGINT).notNull()).pk("orgs_pkey", "id"))
                .table(users()).build();
        SchemaModel after = model().table(table("orgs").col(col("id", BIGINT).notNull()).pk("orgs_pkey", "id"))
                .table(users().col(col("org_id", BIGINT).notNull().defaultTo("0"))
                        .fk(fk("users_org_id_fkey", List.of("org_id"), "orgs", List.of("id")))).build();
        assertEquals(List.of("check public.users users_org_id_fkey (0) IS NULL OR ((0)) IN (SELECT r.id FROM"
                + " public.orgs AS r WHERE r.id IS NOT NULL)"), up(before, after));
        assertEquals(List.of(), down(before, after));
    }

    @Test
    void keysOnValuesTheMigrationMakesAreCheckedThroughThoseValues() {
        SchemaModel before = model().table(users().col(col("score", INTEGER), col("code", TEXT))).build();
        SchemaModel after = model().table(users().col(col("score", INTEGER),
                        col("code", TEXT).notNull().defaultTo("'x'"), col("score_plus", INTEGER).notNull()
                                .generated("score + 1"))
                .unique("users_code_key", "code")).build();
        assertEquals(List.of("check public.users \"score_plus NOT NULL\" (score + 1) IS NOT NULL",
                "computes public.users.score_plus score + 1",
                "unique public.users users_code_key ((coalesce(code, ('x'))))"),
                up(before, after).stream().sorted().toList());
    }

    @Test
    void checksOnAGeneratedColumnAddedBackAreCheckedThroughItsExpressionAndTheValuesItReads() {
        SchemaModel before = model().table(users().col(col("title", INTEGER).notNull().defaultTo("-1"),
                        col("title_derived", INTEGER).notNull().generated("title * 2"))
                .check("users_title_derived_check", "title_derived > 0")).build();
        SchemaModel after = model().table(users()).build();
        // the down adds title back (its rows get its default) and title_derived from it: the check sees (-1) * 2
        assertEquals(List.of("computes public.users.title_derived (-1) * 2",
                "check public.users \"title_derived NOT NULL\" ((-1) * 2) IS NOT NULL",
                "check public.users users_title_derived_check ((-1) * 2) > 0"), down(before, after));
    }

    @Test
    void fillingTheNullsOfAKeyedColumnRequiresTheKeysToHoldThroughTheFill() {
        Fixtures.TableBuilder orgs = table("orgs").col(col("id", BIGINT).notNull()).pk("orgs_pkey", "id");
        SchemaModel before = model().table(orgs).table(users().col(col("org_id", BIGINT).defaultTo("0"))
                .fk(fk("users_org_id_fkey", List.of("org_id"), "orgs", List.of("id")))).build();
        SchemaModel after = model().table(orgs).table(users().col(col("org_id", BIGINT).notNull().defaultTo("0"))
                .fk(fk("users_org_id_fkey", List.of("org_id"), "orgs", List.of("id")))).build();
        assertEquals(List.of("check public.users users_org_id_fkey coalesce(org_id, (0)) IS NULL OR"
                + " (coalesce(org_id, (0))) IN (SELECT r.id FROM public.orgs AS r WHERE r.id IS NOT NULL)"),
                up(before, after));
    }

    @Test
    void aForeignKeyOfANewTableRequiresNothing() {
        SchemaModel before = model().table(users()).build();
        SchemaModel after = model().table(users()).table(table("posts").col(col("id", BIGINT).notNull(),
                col("user_id", BIGINT)).pk("posts_pkey", "id")
                .fk(fk("posts_user_id_fkey", List.of("user_id"), "users", List.of("id")))).build();
        assertEquals(List.of(), up(before, after));
    }

    @Test
    void removingAnEnumValueRequiresThatNoRowUsesIt() {
        SchemaModel three = model().enumType(enumType("status", "NEW", "OLD", "GONE"))
                .table(users().col(col("status", enumOf("status")))).build();
        SchemaModel two = model().enumType(enumType("status", "NEW", "OLD"))
                .table(users().col(col("status", enumOf("status")))).build();
        assertEquals(List.of("enum-unused public.status 'GONE'"), up(three, two));
        assertEquals(List.of("enum-unused public.status 'GONE'"), down(two, three));
    }

    @Test
    void requirementsNameWhatTheFileRenamesBeforeThemAsItStarts() {
        SchemaModel before = model().table(table("people").col(col("id", BIGINT).notNull(), col("mail", TEXT),
                col("age", INTEGER)).pk("people_pkey", "id")).build();
        SchemaModel after = model().table(users().col(col("email", TEXT).notNull(), col("age", INTEGER))
                .check("users_email_check", "email <> ''").unique("users_email_key", "email")).build();
        RenameHints renames = hints().table("people", "users", "com.example.User")
                .column("users", "mail", "email", "com.example.User.email").build();

        MigrationPlan plan = MigrationPlanner.plan(before, after, renames);

        assertEquals(List.of("check public.people users_email_check mail <> ''",
                "no-nulls public.people.mail",
                "unique public.people users_email_key (mail)"),
                lines(plan.upRequirements()).stream().sorted().toList());
        assertEquals(List.of(), lines(plan.downRequirements()));
    }

    @Test
    void aForeignKeyThroughADefaultNamesItsReferencedTableAsTheFileStarts() {
        SchemaModel before = model().table(table("orgs").col(col("id", BIGINT).notNull()).pk("orgs_pkey", "id"))
                .table(users()).build();
        SchemaModel after = model().table(table("teams").col(col("id", BIGINT).notNull()).pk("orgs_pkey", "id"))
                .table(users().col(col("team_id", BIGINT).notNull().defaultTo("42"))
                        .fk(fk("users_team_id_fkey", List.of("team_id"), "teams", List.of("id")))).build();
        RenameHints renames = hints().table("orgs", "teams", "com.example.Team").build();

        MigrationPlan plan = MigrationPlanner.plan(before, after, renames);

        assertEquals(List.of("check public.users users_team_id_fkey (42) IS NULL OR ((42)) IN (SELECT r.id FROM"
                + " public.orgs AS r WHERE r.id IS NOT NULL)"), lines(plan.upRequirements()));
    }

    @Test
    void aForeignKeyToAColumnAddedBackIsCheckedThroughTheValueThatColumnGets() {
        SchemaModel before = model().table(users().col(col("amount", TEXT), col("orders_amount", TEXT))
                .unique("users_amount_key", "amount")
                .fk(fk("users_orders_amount_fkey", List.of("orders_amount"), "users", List.of("amount")))).build();
        SchemaModel after = model().table(users().col(col("orders_amount", TEXT))).build();
        // the down adds amount back without values: every row with an orders_amount would then be an orphan
        assertEquals(List.of("unique public.users users_amount_key (((NULL)))",
                "check public.users users_orders_amount_fkey orders_amount IS NULL OR (orders_amount) IN (SELECT"
                        + " CAST((NULL) AS text) FROM public.users AS r WHERE CAST((NULL) AS text) IS NOT NULL)"),
                down(before, after));
    }

    @Test
    void aForeignKeyToAColumnOfAnEnumTheDownCreatesIsCheckedAsTextNotThroughTheMissingType() {
        // round trip seed 20261121 pair 20: the down creates schema Reporting and its enum, then the key through them
        Fixtures.TableBuilder archive = table("archive").col(col("id", BIGINT).notNull()).pk("archive_pkey", "id");
        Fixtures.TableBuilder payments = table("payments").col(col("id", BIGINT).notNull()).pk("payments_pkey", "id");
        SchemaModel before = model().schema("Reporting").enumType(enumType("\"Reporting\".mood", "pending",
                        "Mixed Case"))
                .table(archive.col(col("weight", enumOf("\"Reporting\".mood"))).unique("archive_weight_key", "weight"))
                .table(payments.col(col("price", enumOf("\"Reporting\".mood")).notNull().defaultTo("'Mixed Case'"))
                        .fk(fk("payments_price_fkey", List.of("price"), "archive", List.of("weight")))).build();
        SchemaModel after = model()
                .table(table("archive").col(col("id", BIGINT).notNull()).pk("archive_pkey", "id"))
                .table(table("payments").col(col("id", BIGINT).notNull()).pk("payments_pkey", "id")).build();
        // every payment gets 'Mixed Case', no archive row has a weight: the rows of payments would be orphans
        assertEquals(List.of("check public.payments payments_price_fkey ('Mixed Case') IS NULL"
                        + " OR (CAST(('Mixed Case') AS text)) IN (SELECT CAST((NULL) AS text) FROM public.archive AS r"
                        + " WHERE CAST((NULL) AS text) IS NOT NULL)",
                "unique public.archive archive_weight_key (((NULL)))"),
                down(before, after).stream().sorted().toList());
    }

    @Test
    void aKeyOnAColumnAddedBeforeItsTableMovesIsCheckedThroughTheValueThatColumnGets() {
        SchemaModel before = model().table(users().col(col("seen_at", TEXT).defaultTo("'never'"))
                .unique("users_seen_at_key", "seen_at")).build();
        SchemaModel after = model().schema("audit").table(table("audit.users").col(col("id", BIGINT).notNull())
                .pk("users_pkey", "id")).build();
        RenameHints renames = hints().table("users", "audit.users", "com.example.User").build();

        MigrationPlan plan = MigrationPlanner.plan(before, after, renames);

        // the down adds seen_at back (every row gets 'never'), moves the table back, then adds the key
        assertEquals(List.of("unique audit.users users_seen_at_key ((('never')))"), lines(plan.downRequirements()));
    }

    @Test
    void aCheckAddedOnAColumnWhoseTypeChangesIsCheckedThroughTheConvertedValue() {
        SchemaModel before = model().table(users().col(col("code", TEXT))).build();
        SchemaModel after = model().table(users().col(col("code", BIGINT)).check("users_code_check", "code > 0"))
                .build();
        // before the migration code is text: "code > 0" would be text > integer, which PostgreSQL has no operator for
        assertEquals(List.of("cast public.users.code text -> bigint",
                "check public.users users_code_check (code::bigint) > 0"), up(before, after));
    }
}
