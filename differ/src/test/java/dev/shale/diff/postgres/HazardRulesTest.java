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

import dev.shale.diff.change.AddCheck;
import dev.shale.diff.change.AddColumn;
import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.AddPrimaryKey;
import dev.shale.diff.change.AddUnique;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.CreateIndex;
import dev.shale.diff.change.CreateTable;
import dev.shale.diff.change.DropColumn;
import dev.shale.diff.change.DropTable;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HazardRulesTest {

    private static final PostgresRenderer RENDERER = new PostgresRenderer();

    private static List<String> hazards(Change change) {
        List<Hazard> hazards = RENDERER.hazards(change);
        hazards.forEach(hazard -> assertEquals(change, hazard.change()));
        return hazards.stream().map(hazard -> hazard.kind() + ": " + hazard.message()).toList();
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
        assertEquals(List.of("DATA_LOSS: Dropping table public.users deletes all of its rows."),
                hazards(new DropTable(Fixtures.users())));
    }

    @Test
    void droppingAColumnLosesItsValuesUnlessItWasGenerated() {
        assertEquals(List.of("DATA_LOSS: Dropping column public.users.email deletes its values."),
                hazards(new DropColumn(USERS, column("email", "text", true))));
        Column total = new Column("total", ColumnType.builtIn("numeric"), true, null, null, "price * qty", null);
        assertEquals(List.of(), hazards(new DropColumn(TICKETS, total)));
    }

    @Test
    void addingAColumnWithAVolatileDefaultRewritesTheTable() {
        assertEquals(List.of("TABLE_REWRITE: Adding column public.users.token with volatile default"
                        + " gen_random_uuid() rewrites table public.users under an exclusive lock."),
                hazards(new AddColumn(USERS, withDefault(column("token", "uuid", false), "gen_random_uuid()"))));
        assertEquals(List.of("TABLE_REWRITE: Adding column public.users.seen with volatile default"
                        + " (clock_timestamp() - '1 day'::interval) rewrites table public.users under an exclusive lock."),
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
        assertEquals(List.of("TABLE_REWRITE: Adding column public.users.seq as an identity rewrites table"
                        + " public.users under an exclusive lock."),
                hazards(new AddColumn(USERS, withIdentity(column("seq", "bigint", false), Identity.ALWAYS))));
        Column total = new Column("total", ColumnType.builtIn("numeric"), true, null, null, "price * qty", null);
        assertEquals(List.of("TABLE_REWRITE: Adding column public.support_tickets.total as a stored generated column"
                        + " rewrites table public.support_tickets under an exclusive lock."),
                hazards(new AddColumn(TICKETS, total)));
    }

    @Test
    void narrowingATypeMayLoseDataAndRewrites() {
        assertEquals(List.of(
                "DATA_LOSS: Changing column public.users.value from varchar(255) to varchar(100) may cut, round or"
                        + " reject existing values.",
                "TABLE_REWRITE: Changing column public.users.value from varchar(255) to varchar(100) rewrites table"
                        + " public.users under an exclusive lock."),
                hazards(retype(ColumnType.builtIn("varchar", 255), ColumnType.builtIn("varchar", 100))));
    }

    @Test
    void wideningIntegersRewritesWithoutLosingData() {
        assertEquals(List.of("TABLE_REWRITE: Changing column public.users.value from integer to bigint rewrites"
                        + " table public.users under an exclusive lock."),
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
        assertEquals(List.of("LONG_LOCK: Setting column public.users.age NOT NULL scans public.users under an"
                + " exclusive lock.", "FAILS_ON_ROWS: Setting column public.users.age NOT NULL fails if a row of"
                + " public.users holds NULL in it: nothing fills those rows. Declare @Backfill(\"...\") (a SQL"
                + " expression for those rows) or @Default(...) on it and run shale generate again; or, to prepare the"
                + " data by hand: discard this migration (shale discard), write a data migration (shale create NAME),"
                + " then run shale generate again."), hazards(change));
        assertEquals(List.of(), hazards(change.reverse()));
    }

    @Test
    void defaultAndIdentityChangesAreHarmless() {
        Column age = column("age", "integer", false);
        assertEquals(List.of(), hazards(new AlterColumn(USERS, age, withDefault(age, "0"), Set.of(ColumnAspect.DEFAULT))));
        assertEquals(List.of(), hazards(new AlterColumn(USERS, age, withIdentity(age, Identity.ALWAYS),
                Set.of(ColumnAspect.IDENTITY))));
    }

    @Test
    void creatingAnIndexOnAnExistingTableBlocksWrites() {
        Index index = new Index("users_name_idx", List.of(IndexKey.column("name")), false, IndexMethod.BTREE, null);
        assertEquals(List.of("LONG_LOCK: Creating index users_name_idx blocks writes to public.users while it"
                        + " builds; for a large table, create it CONCURRENTLY in a migration of its own (shale create)."),
                hazards(new CreateIndex(USERS, index)));
    }

    @Test
    void addingKeysToAnExistingTableBuildsIndexesUnderLock() {
        assertEquals(List.of("LONG_LOCK: Adding primary key users_pkey scans public.users and builds its index"
                        + " under an exclusive lock."),
                hazards(new AddPrimaryKey(USERS, new PrimaryKey("users_pkey", List.of("id")))));
        assertEquals(List.of("LONG_LOCK: Adding unique constraint users_email_key builds its index on public.users"
                        + " under an exclusive lock."),
                hazards(new AddUnique(USERS, new UniqueConstraint("users_email_key", List.of("email")))));
    }

    @Test
    void validatingAChecksOrForeignKeyOnAnExistingTableScansIt() {
        assertEquals(List.of("LONG_LOCK: Validating check users_age_check scans public.users while the migration's"
                        + " transaction holds its lock."),
                hazards(new AddCheck(USERS, new CheckConstraint("users_age_check", "age >= 0"))));
        assertEquals(List.of("LONG_LOCK: Validating foreign key support_tickets_user_id_fkey scans"
                        + " public.support_tickets against public.users while the migration's transaction holds"
                        + " locks on both."),
                hazards(new AddForeignKey(TICKETS, userForeignKey(), false)));
    }

    @Test
    void nothingOnNewTablesIsHazardous() {
        assertEquals(List.of(), hazards(new CreateTable(Fixtures.users())));
        assertEquals(List.of(), hazards(new AddForeignKey(TICKETS, userForeignKey(), true)));
    }

    @Test
    void recreatingAnEnumRewritesEachUsingTableAndFailsOnRemovedValuesStillHeld() {
        EnumType from = new EnumType(ROLE, List.of("CLIENT", "ADMIN", "SUPER_ADMIN", "GUEST"));
        List<EnumUsage> usages = List.of(
                new EnumUsage(USERS, Column.of("role", ROLE_TYPE, false)),
                new EnumUsage(USERS, Column.of("roles", ROLE_TYPE.arrayOf(), false)),
                new EnumUsage(TICKETS, Column.of("watchers", ROLE_TYPE.arrayOf(), true)));
        assertEquals(List.of(
                "DATA_LOSS: Recreating enum public.role removes values SUPER_ADMIN, GUEST; rows still holding them"
                        + " make the migration fail.",
                "TABLE_REWRITE: Converting public.users to the recreated enum public.role rewrites the table under"
                        + " an exclusive lock.",
                "TABLE_REWRITE: Converting public.support_tickets to the recreated enum public.role rewrites the"
                        + " table under an exclusive lock."),
                hazards(new RecreateEnum(from, role(), usages)));
        EnumType withOneMore = new EnumType(ROLE, List.of("CLIENT", "ADMIN", "SUPER_ADMIN"));
        assertEquals(List.of("DATA_LOSS: Recreating enum public.role removes value SUPER_ADMIN; rows still holding it"
                + " make the migration fail."), hazards(new RecreateEnum(withOneMore, role(), List.of())));
        EnumType reordered = new EnumType(ROLE, List.of("ADMIN", "CLIENT"));
        assertEquals(List.of(), hazards(new RecreateEnum(role(), reordered, List.of())));
    }

    @Test
    void addingAnEnumValueIsHarmlessButItsReverseIsNot() {
        EnumType to = new EnumType(ROLE, List.of("CLIENT", "ADMIN", "SUPER_ADMIN"));
        AddEnumValue change = new AddEnumValue(role(), to, "SUPER_ADMIN", List.of());
        assertEquals(List.of(), hazards(change));
        assertEquals(List.of("DATA_LOSS: Recreating enum public.role removes value SUPER_ADMIN; rows still holding it"
                + " make the migration fail."), hazards(change.reverse()));
    }

    @Test
    void eachDataLossSaysWhatItLosesForTheHeader() {
        EnumType withTwoMore = new EnumType(ROLE, List.of("CLIENT", "ADMIN", "SUPER_ADMIN", "it's"));
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
