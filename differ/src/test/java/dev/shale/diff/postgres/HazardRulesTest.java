package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.ROLE;
import static dev.shale.diff.postgres.Fixtures.ROLE_TYPE;
import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.column;
import static dev.shale.diff.postgres.Fixtures.nullable;
import static dev.shale.diff.postgres.Fixtures.role;
import static dev.shale.diff.postgres.Fixtures.userForeignKey;
import static dev.shale.diff.postgres.Fixtures.withDefault;
import static dev.shale.diff.postgres.Fixtures.withIdentity;
import static dev.shale.diff.postgres.Fixtures.withType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddExclusion;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropCheck;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropIndex;
import dev.shale.diff.change.DropSchema;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.DropUnique;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameConstraint;
import dev.shale.diff.change.RenameIndex;
import dev.shale.diff.change.RenameTable;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.UniqueConstraint;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HazardRulesTest {

    private static final PostgresRenderer RENDERER = new PostgresRenderer();

    private static final Index NAME_INDEX = Index.builder("users_name_idx").columns("name").build();

    /** The plain form's hazards, as {@code code object: message}. */
    private static List<String> hazards(Change change) {
        List<Hazard> hazards = RENDERER.hazards(change);
        hazards.forEach(hazard -> assertEquals(change, hazard.change()));
        return hazards.stream().map(hazard -> hazard.code().code() + " " + hazard.object() + ": " + hazard.message())
                .toList();
    }

    /** The codes of {@code change}'s hazards, written online or plain. */
    private static List<String> codes(Change change, boolean online) {
        return RENDERER.hazards(change, online).stream().map(hazard -> hazard.code().code()).toList();
    }

    private static AlterColumn retype(String from, String to) {
        return retype(ColumnType.builtIn(from), ColumnType.builtIn(to));
    }

    private static AlterColumn retype(ColumnType from, ColumnType to) {
        Column column = Column.of("value", from, true);
        return new AlterColumn(USERS, column, withType(column, to), Set.of(ColumnAspect.TYPE));
    }

    @Test
    void droppingATableLosesItsRows() {
        assertEquals(List.of("drop-table public.users: Dropping table public.users deletes all of its rows.",
                "backward-incompatible-drop public.users: The release still running fails where it reads table"
                        + " public.users, dropped here."),
                hazards(new DropTable(Fixtures.users())));
    }

    @Test
    void droppingAColumnLosesItsValuesUnlessItWasGenerated() {
        assertEquals(List.of("drop-column public.users.email: Dropping column public.users.email deletes its values.",
                "backward-incompatible-drop public.users.email: The release still running fails where it reads or"
                        + " writes column public.users.email, dropped here."),
                hazards(new DropColumn(USERS, column("email", "text", true))));
        Column total = Column.builder("total", ColumnType.builtIn("numeric")).generatedExpression("price * qty")
                .build();
        assertEquals(List.of("backward-incompatible-drop"), codes(new DropColumn(TICKETS, total), false));
    }

    @Test
    void addingAColumnWithAVolatileDefaultRewritesTheTable() {
        assertEquals(List.of("volatile-default public.users.token: Adding column public.users.token with volatile"
                        + " default gen_random_uuid() rewrites table public.users under an exclusive lock."),
                hazards(new AddColumn(USERS, withDefault(column("token", "uuid", false), "gen_random_uuid()"))));
        assertEquals(List.of("volatile-default public.users.seen: Adding column public.users.seen with volatile"
                        + " default (clock_timestamp() - '1 day'::interval) rewrites table public.users under an"
                        + " exclusive lock."),
                hazards(new AddColumn(USERS, withDefault(column("seen", "timestamptz", true),
                        "(clock_timestamp() - '1 day'::interval)"))));
    }

    @Test
    void addingAColumnWithAConstantOrStableDefaultDoesNotRewrite() {
        assertEquals(List.of(), hazards(new AddColumn(USERS, withDefault(column("created_at", "timestamptz", false),
                "now()"))));
        assertEquals(List.of(), hazards(new AddColumn(USERS, withDefault(column("active", "boolean", false), "true"))));
        assertEquals(List.of(), hazards(new AddColumn(USERS, column("nickname", "text", true))));
    }

    @Test
    void addingAnIdentityOrGeneratedColumnRewritesTheTable() {
        assertEquals(List.of("volatile-default public.users.seq: Adding column public.users.seq as an identity"
                        + " rewrites table public.users under an exclusive lock."),
                hazards(new AddColumn(USERS, withIdentity(column("seq", "bigint", false), Identity.ALWAYS))));
        Column total = Column.builder("total", ColumnType.builtIn("numeric")).generatedExpression("price * qty")
                .build();
        assertEquals(List.of("volatile-default public.support_tickets.total: Adding column"
                        + " public.support_tickets.total as a stored generated column rewrites table"
                        + " public.support_tickets under an exclusive lock."),
                hazards(new AddColumn(TICKETS, total)));
    }

    @Test
    void aCollationChangeRebuildsIndexesUnderLockBothWays() {
        Column name = column("name", "text", true);
        AlterColumn change = new AlterColumn(USERS, name, name.toBuilder().collation("\"C\"").build(),
                Set.of(ColumnAspect.COLLATION));
        assertEquals(List.of("collation-change public.users.name: Changing the collation of column public.users.name"
                        + " from the type's default to \"C\" rebuilds its indexes under an exclusive lock on"
                        + " public.users."),
                hazards(change));
        assertEquals(List.of("collation-change public.users.name: Changing the collation of column public.users.name"
                        + " from \"C\" to the type's default rebuilds its indexes under an exclusive lock on"
                        + " public.users."),
                hazards(change.reverse()));
    }

    @Test
    void narrowingATypeMayLoseDataAndRewrites() {
        assertEquals(List.of(
                "narrowing-type public.users.value: Changing column public.users.value from varchar(255) to"
                        + " varchar(100) may cut, round or reject existing values.",
                "type-change-rewrite public.users.value: Changing column public.users.value from varchar(255) to"
                        + " varchar(100) rewrites table public.users under an exclusive lock."),
                hazards(retype(ColumnType.builtIn("varchar", 255), ColumnType.builtIn("varchar", 100))));
    }

    @Test
    void textToCitextLosesNoValue() {
        ColumnType citext = ColumnType.userType(new dev.shale.model.QualifiedName("public", "citext"));
        assertEquals(List.of("type-change-rewrite public.users.value: Changing column public.users.value from text to"
                        + " public.citext rewrites table public.users under an exclusive lock."),
                hazards(retype(ColumnType.builtIn("text"), citext)));
        assertEquals(List.of("type-change-rewrite public.users.value: Changing column public.users.value from"
                        + " public.citext to text rewrites table public.users under an exclusive lock."),
                hazards(retype(citext, ColumnType.builtIn("text"))));
    }

    @Test
    void wideningIntegersRewritesWithoutLosingData() {
        assertEquals(List.of("type-change-rewrite public.users.value: Changing column public.users.value from"
                        + " integer to bigint rewrites table public.users under an exclusive lock."),
                hazards(retype("integer", "bigint")));
    }

    @Test
    void binaryCoercibleWideningIsHarmless() {
        assertEquals(List.of(), hazards(retype(ColumnType.builtIn("varchar", 100), ColumnType.builtIn("varchar", 255))));
        assertEquals(List.of(), hazards(retype(ColumnType.builtIn("varchar", 100), ColumnType.builtIn("text"))));
        assertEquals(List.of(), hazards(retype(ColumnType.builtIn("numeric", 10, 2), ColumnType.builtIn("numeric", 12, 2))));
    }

    @Test
    void settingNotNullScansTheTable() {
        Column age = column("age", "integer", true);
        AlterColumn change = new AlterColumn(USERS, age, nullable(age, false), Set.of(ColumnAspect.NULLABILITY));
        assertEquals(List.of("set-not-null-scan public.users.age: Setting column public.users.age NOT NULL scans"
                + " public.users under an exclusive lock.", "fails-on-rows public.users.age: Setting column"
                + " public.users.age NOT NULL fails if a row of"
                + " public.users holds NULL in it: nothing fills those rows. Declare @Backfill(\"...\") (a SQL"
                + " expression for those rows) or @Default(...) on it and run shale generate again; or, to prepare the"
                + " data by hand: discard this migration (shale discard), write a data migration (shale create NAME),"
                + " then run shale generate again.", "not-null-without-default public.users.age: The release still"
                + " running may insert rows into public.users leaving column age NULL; now NOT NULL without a default,"
                + " those inserts fail."), hazards(change));
        assertEquals(List.of(), hazards(change.reverse()));
        // online: through a check validated in a later transaction, no scan under the exclusive lock
        assertEquals(List.of("fails-on-rows", "not-null-without-default"), codes(change, true));
    }

    @Test
    void defaultAndIdentityChangesAreHarmless() {
        Column age = column("age", "integer", false);
        assertEquals(List.of(), hazards(new AlterColumn(USERS, age, withDefault(age, "0"), Set.of(ColumnAspect.DEFAULT))));
        assertEquals(List.of(), hazards(new AlterColumn(USERS, age, withIdentity(age, Identity.ALWAYS),
                Set.of(ColumnAspect.IDENTITY))));
    }

    @Test
    void creatingAnIndexPlainlyBlocksWritesAndConcurrentlyRunsOutsideATransaction() {
        CreateIndex change = new CreateIndex(USERS, NAME_INDEX);
        assertEquals(List.of("index-not-concurrent public.users_name_idx: Creating index users_name_idx blocks writes"
                + " to public.users while it builds."), hazards(change));
        assertEquals(List.of("non-transactional-step"), codes(change, true));
        assertEquals("Creating index users_name_idx CONCURRENTLY runs in a non-transactional step: a failure leaves it"
                + " half-done, and the next migrate resumes it.", RENDERER.hazards(change, true).get(0).message());
    }

    @Test
    void droppingAnIndexPlainlyTakesAnExclusiveLockAndConcurrentlyRunsOutsideATransaction() {
        DropIndex change = new DropIndex(USERS, NAME_INDEX);
        assertEquals(List.of("drop-index-not-concurrent public.users_name_idx: Dropping index users_name_idx takes"
                + " an ACCESS EXCLUSIVE lock on public.users, queueing its queries behind any transaction using it."),
                hazards(change));
        assertEquals(List.of("non-transactional-step"), codes(change, true));
    }

    @Test
    void addingKeysPlainlyBuildsIndexesUnderLockAndOnlineThroughAConcurrentIndex() {
        AddPrimaryKey key = new AddPrimaryKey(USERS, new PrimaryKey("users_pkey", List.of("id")));
        AddUnique unique = new AddUnique(USERS, new UniqueConstraint("users_email_key", List.of("email")));
        assertEquals(List.of("unique-under-lock public.users.users_pkey: Adding primary key users_pkey scans"
                        + " public.users and builds its index under an exclusive lock."), hazards(key));
        assertEquals(List.of("unique-under-lock public.users.users_email_key: Adding unique constraint"
                        + " users_email_key builds its index on public.users under an exclusive lock."),
                hazards(unique));
        assertEquals(List.of("non-transactional-step"), codes(key, true));
        assertEquals(List.of("non-transactional-step"), codes(unique, true));
    }

    @Test
    void addingAnExclusionConstraintBuildsItsIndexUnderLockOnlineToo() {
        AddExclusion exclusion = new AddExclusion(USERS, ExclusionConstraint.builder("users_booking_excl")
                .element("email", "=").build());
        assertEquals(List.of("exclusion-under-lock public.users.users_booking_excl: Adding exclusion constraint"
                + " users_booking_excl scans public.users and builds its index under an ACCESS EXCLUSIVE lock."),
                hazards(exclusion));
        assertEquals(List.of("exclusion-under-lock"), codes(exclusion, true));
        assertEquals(List.of(), hazards(exclusion.reverse()));
    }

    @Test
    void validatingAChecksOrForeignKeyInTheTransactionThatAddedItHoldsItsLockButNotOnline() {
        AddCheck check = new AddCheck(USERS, new CheckConstraint("users_age_check", "age >= 0"));
        AddForeignKey foreignKey = new AddForeignKey(TICKETS, userForeignKey(), false);
        assertEquals(List.of("validate-in-same-transaction public.users.users_age_check: Validating check"
                        + " users_age_check scans public.users while the migration's transaction holds the lock that"
                        + " adding it took."), hazards(check));
        assertEquals(List.of("validate-in-same-transaction public.support_tickets.support_tickets_user_id_fkey:"
                        + " Validating foreign key support_tickets_user_id_fkey scans public.support_tickets against"
                        + " public.users while the migration's transaction holds the locks that adding it took on"
                        + " both."), hazards(foreignKey));
        // online: added NOT VALID, validated in a later transaction under a lock that blocks no writes
        assertEquals(List.of(), codes(check, true));
        assertEquals(List.of(), codes(foreignKey, true));
    }

    @Test
    void renamingATableOrColumnBreaksTheRunningReleaseButRenamingAnIndexOrConstraintDoesNot() {
        assertEquals(List.of("backward-incompatible-rename public.users: The release still running fails where it"
                        + " uses table public.users, renamed to public.people here."),
                hazards(new RenameTable(USERS, QualifiedName.of("people"), List.of(), List.of())));
        assertEquals(List.of("backward-incompatible-rename public.users.name: The release still running fails where"
                        + " it uses column public.users.name, renamed to full_name here."),
                hazards(new RenameColumn(USERS, "name", "full_name", false)));
        assertEquals(List.of(), hazards(new RenameIndex(USERS, "users_name_idx", "users_full_name_idx")));
        assertEquals(List.of(), hazards(new RenameConstraint(USERS, "users_age_check", "users_age_range")));
    }

    @Test
    void aNotNullColumnAddedWithoutDefaultBreaksTheRunningReleasesInserts() {
        assertEquals(List.of("fails-on-rows", "not-null-without-default"),
                codes(new AddColumn(USERS, column("timezone", "text", false)), false));
        assertEquals(List.of(), codes(new AddColumn(USERS, column("timezone", "text", true)), false));
        assertEquals(List.of(), codes(new AddColumn(USERS, withDefault(column("timezone", "text", false), "'UTC'")),
                false));
        assertEquals(List.of("volatile-default"), codes(new AddColumn(USERS, withIdentity(column("seq", "bigint",
                false), Identity.ALWAYS)), false));
        Column age = column("age", "integer", true);
        assertEquals(List.of("set-not-null-scan", "backfill-under-lock"), codes(new AlterColumn(USERS, age,
                withDefault(nullable(age, false), "0"), Set.of(ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT),
                "0"), false));
    }

    @Test
    void dropsOfConstraintsIndexesOfNewTablesSchemasAndEnumValuesAddedCarryNone() {
        assertEquals(List.of(), codes(new DropCheck(USERS, new CheckConstraint("users_age_check", "age >= 0")), true));
        assertEquals(List.of(), codes(new DropUnique(USERS, new UniqueConstraint("users_email_key",
                List.of("email"))), false));
        assertEquals(List.of(), codes(new DropSchema("archive"), false));
        assertEquals(List.of(), codes(new CreateTable(Fixtures.users()), true));
    }

    @Test
    void everyCodeButTheLintOnesFiresOnSomeChange() {
        Column age = column("age", "integer", true);
        EnumType from = EnumType.of(ROLE, "CLIENT", "ADMIN", "GUEST");
        List<Change> changes = List.of(
                new DropTable(Fixtures.users()),
                new DropColumn(USERS, age),
                retype(ColumnType.builtIn("varchar", 255), ColumnType.builtIn("varchar", 100)),
                new RecreateEnum(from, role(), List.of(new EnumUsage(USERS, Column.of("role", ROLE_TYPE, false)))),
                new AddColumn(USERS, withDefault(column("token", "uuid", false), "gen_random_uuid()")),
                new CreateIndex(USERS, NAME_INDEX),
                new DropIndex(USERS, NAME_INDEX),
                new AddCheck(USERS, new CheckConstraint("users_age_check", "age >= 0")),
                new AlterColumn(USERS, age, nullable(age, false), Set.of(ColumnAspect.NULLABILITY)),
                new AlterColumn(USERS, age, nullable(age, false), Set.of(ColumnAspect.NULLABILITY), "0"),
                new AddUnique(USERS, new UniqueConstraint("users_email_key", List.of("email"))),
                new AddExclusion(USERS, Samples.BOOKING),
                new AddColumn(USERS, column("timezone", "text", false), "'UTC'", null),
                new RenameColumn(USERS, "name", "full_name", false),
                new AlterColumn(USERS, column("name", "text", true),
                        column("name", "text", true).toBuilder().collation("\"C\"").build(),
                        Set.of(ColumnAspect.COLLATION)),
                new dev.shale.diff.change.SetTablePersistence(USERS, true, List.of()),
                new dev.shale.diff.change.DropExtension(dev.shale.model.Extension.of("citext")),
                new dev.shale.diff.change.DropSequence(dev.shale.model.Sequence.builder(
                        new QualifiedName("public", "invoice_numbers")).build()),
                new dev.shale.diff.change.AlterSequence(dev.shale.model.Sequence.builder(
                        new QualifiedName("public", "invoice_numbers")).build(), dev.shale.model.Sequence.builder(
                        new QualifiedName("public", "invoice_numbers")).maxValue(1000L).build()));
        Set<HazardCode> fired = EnumSet.noneOf(HazardCode.class);
        for (Change change : changes) {
            RENDERER.hazards(change, false).forEach(hazard -> fired.add(hazard.code()));
            RENDERER.hazards(change, true).forEach(hazard -> fired.add(hazard.code()));
            RENDERER.hazards(change, false).stream().filter(h -> h.kind() == HazardKind.DATA_LOSS)
                    .forEach(h -> fired.add(RENDERER.irreversibleDown(h).code()));
        }
        // lint's alone: generate never drops a schema with objects in it or a database, never adds a constraint
        // validated in one statement, writes lock_timeout into every file and IF [NOT] EXISTS into non-transactional
        // steps; and the findings about how a file is written or which column types it picks
        Set<HazardCode> lintOnly = EnumSet.of(HazardCode.DROP_SCHEMA, HazardCode.DROP_DATABASE,
                HazardCode.CONSTRAINT_VALIDATED_UNDER_LOCK, HazardCode.LOCK_WITHOUT_TIMEOUT, HazardCode.NOT_RETRY_SAFE);
        for (HazardCode code : HazardCode.values()) {
            if (code.kind() == HazardKind.MIGRATION_FILE || code.kind() == HazardKind.COLUMN_TYPE) {
                lintOnly.add(code);
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.copyOf(lintOnly)), fired);
    }

    @Test
    void anIrreversibleDownGoesWithADataLossAlone() {
        Hazard loss = RENDERER.hazards(new DropColumn(USERS, column("email", "text", true))).get(0);
        Hazard down = RENDERER.irreversibleDown(loss);
        assertEquals("irreversible-down public.users.email: The down migration cannot restore column"
                + " public.users.email: rolling back brings the schema back, not the data.",
                down.code().code() + " " + down.object() + ": " + down.message());
        Hazard rewrite = RENDERER.hazards(retype("integer", "bigint")).get(0);
        assertEquals("only a data-loss hazard makes a down irreversible, not type-change-rewrite",
                assertThrows(IllegalArgumentException.class, () -> RENDERER.irreversibleDown(rewrite)).getMessage());
    }

    @Test
    void objectsAreQuotedAsSqlWhereTheyMustBe() {
        QualifiedName orders = new QualifiedName("Sales", "Order");
        Hazard hazard = RENDERER.hazards(new DropColumn(orders, column("Total Cents", "integer", true))).get(0);
        assertEquals("\"Sales\".\"Order\".\"Total Cents\"", hazard.object());
        assertEquals("drop-column error \"Sales\".\"Order\".\"Total Cents\"", hazard.headerText().orElseThrow());
        assertEquals(new HazardLine(HazardCode.DROP_COLUMN, HazardSeverity.ERROR, hazard.object()),
                HazardLine.parse(hazard.headerText().orElseThrow()));
    }

    @Test
    void nothingOnNewTablesIsHazardous() {
        assertEquals(List.of(), hazards(new CreateTable(Fixtures.users())));
        assertEquals(List.of(), hazards(new AddForeignKey(TICKETS, userForeignKey(), true)));
        assertEquals(List.of(), codes(new AddForeignKey(TICKETS, userForeignKey(), true), true));
    }

    @Test
    void recreatingAnEnumRewritesEachUsingTableAndFailsOnRemovedValuesStillHeld() {
        EnumType from = EnumType.of(ROLE, "CLIENT", "ADMIN", "SUPER_ADMIN", "GUEST");
        List<EnumUsage> usages = List.of(
                new EnumUsage(USERS, Column.of("role", ROLE_TYPE, false)),
                new EnumUsage(USERS, Column.of("roles", ROLE_TYPE.arrayOf(), false)),
                new EnumUsage(TICKETS, Column.of("watchers", ROLE_TYPE.arrayOf(), true)));
        assertEquals(List.of(
                "drop-enum-value public.role: Recreating enum public.role removes values SUPER_ADMIN, GUEST; rows"
                        + " still holding them make the migration fail.",
                "enum-recreate-rewrite public.users: Converting public.users to the recreated enum public.role"
                        + " rewrites the table under an exclusive lock.",
                "enum-recreate-rewrite public.support_tickets: Converting public.support_tickets to the recreated"
                        + " enum public.role rewrites the table under an exclusive lock."),
                hazards(new RecreateEnum(from, role(), usages)));
        EnumType withOneMore = EnumType.of(ROLE, "CLIENT", "ADMIN", "SUPER_ADMIN");
        assertEquals(List.of("drop-enum-value public.role: Recreating enum public.role removes value SUPER_ADMIN; rows"
                + " still holding it make the migration fail."),
                hazards(new RecreateEnum(withOneMore, role(), List.of())));
        EnumType reordered = EnumType.of(ROLE, "ADMIN", "CLIENT");
        assertEquals(List.of(), hazards(new RecreateEnum(role(), reordered, List.of())));
    }

    @Test
    void addingAnEnumValueIsHarmlessButItsReverseIsNot() {
        EnumType to = EnumType.of(ROLE, "CLIENT", "ADMIN", "SUPER_ADMIN");
        AddEnumValue change = new AddEnumValue(role(), to, "SUPER_ADMIN", List.of());
        assertEquals(List.of(), hazards(change));
        assertEquals(List.of("drop-enum-value"), codes(change.reverse(), false));
    }

    @Test
    void eachDataLossSaysWhatItLosesForTheHeader() {
        EnumType withTwoMore = EnumType.of(ROLE, "CLIENT", "ADMIN", "SUPER_ADMIN", "it's");
        assertEquals(List.of("table public.users"), losses(new DropTable(Fixtures.users())));
        assertEquals(List.of("column public.users.email"), losses(new DropColumn(USERS, column("email", "text", true))));
        assertEquals(List.of("column public.users.value"), losses(retype("varchar(255)", "varchar(100)")));
        assertEquals(List.of("enum-value public.role 'SUPER_ADMIN'", "enum-value public.role 'it''s'"),
                losses(new RecreateEnum(withTwoMore, role(), List.of())));
    }

    private static List<String> losses(Change change) {
        return RENDERER.hazards(change).stream().flatMap(h -> h.losses().stream())
                .map(l -> l.headerText().orElseThrow()).toList();
    }
}
