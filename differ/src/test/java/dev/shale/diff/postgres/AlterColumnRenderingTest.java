package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.ROLE_TYPE;
import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.column;
import static dev.shale.diff.postgres.Fixtures.nullable;
import static dev.shale.diff.postgres.Fixtures.sql;
import static dev.shale.diff.postgres.Fixtures.withDefault;
import static dev.shale.diff.postgres.Fixtures.withIdentity;
import static dev.shale.diff.postgres.Fixtures.withType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Identity;
import dev.shale.model.QualifiedName;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each case renders one direction and then its reverse, since down migrations are reverses. */
class AlterColumnRenderingTest {

    private static final Column EMAIL = Column.of("email", ColumnType.builtIn("varchar", 100), false);
    private static final Column AGE = column("age", "integer", true);

    @Test
    void typeChangeConvertsWithUsing() {
        AlterColumn change = new AlterColumn(USERS, EMAIL, withType(EMAIL, ColumnType.builtIn("varchar", 255)),
                Set.of(ColumnAspect.TYPE));
        assertEquals("ALTER TABLE public.users ALTER COLUMN email TYPE varchar(255) USING email::varchar(255);\n",
                sql(change));
        assertEquals("ALTER TABLE public.users ALTER COLUMN email TYPE varchar(100) USING email::varchar(100);\n",
                sql(change.reverse()));
    }

    @Test
    void collationChangeKeepsTheTypeAndReversesToTheTypesDefault() {
        Column name = column("name", "text", true);
        AlterColumn change = new AlterColumn(USERS, name, name.toBuilder().collation("\"C\"").build(),
                Set.of(ColumnAspect.COLLATION));
        assertEquals("ALTER TABLE public.users ALTER COLUMN name TYPE text COLLATE \"C\";\n", sql(change));
        assertEquals("ALTER TABLE public.users ALTER COLUMN name TYPE text;\n", sql(change.reverse()));
    }

    @Test
    void typeChangeKeepsTheCollationTheColumnHas() {
        Column code = EMAIL.toBuilder().collation("\"POSIX\"").build();
        AlterColumn change = new AlterColumn(USERS, code, code.toBuilder().type(ColumnType.builtIn("text"))
                .collation("\"C\"").build(), Set.of(ColumnAspect.TYPE, ColumnAspect.COLLATION));
        assertEquals("ALTER TABLE public.users ALTER COLUMN email TYPE text COLLATE \"C\" USING email::text;\n",
                sql(change));
        assertEquals("ALTER TABLE public.users ALTER COLUMN email TYPE varchar(100) COLLATE \"POSIX\""
                + " USING email::varchar(100);\n", sql(change.reverse()));
        AlterColumn widen = new AlterColumn(USERS, code, withType(code, ColumnType.builtIn("varchar", 200)),
                Set.of(ColumnAspect.TYPE));
        assertEquals("ALTER TABLE public.users ALTER COLUMN email TYPE varchar(200) COLLATE \"POSIX\""
                + " USING email::varchar(200);\n", sql(widen));
    }

    @Test
    void typeChangeDropsTheDefaultFirstAndSetsItAgainAfter() {
        Column from = withDefault(column("created_at", "timestamptz", false), "now()");
        AlterColumn change = new AlterColumn(USERS, from, withType(from, ColumnType.builtIn("timestamp")),
                Set.of(ColumnAspect.TYPE));
        assertEquals("""
                ALTER TABLE public.users
                    ALTER COLUMN created_at DROP DEFAULT,
                    ALTER COLUMN created_at TYPE timestamp USING created_at::timestamp,
                    ALTER COLUMN created_at SET DEFAULT now();
                """, sql(change));
    }

    @Test
    void typeAndDefaultTogetherInBothDirections() {
        AlterColumn change = new AlterColumn(USERS, AGE, withDefault(withType(AGE, ColumnType.builtIn("bigint")), "0"),
                Set.of(ColumnAspect.TYPE, ColumnAspect.DEFAULT));
        assertEquals("""
                ALTER TABLE public.users
                    ALTER COLUMN age TYPE bigint USING age::bigint,
                    ALTER COLUMN age SET DEFAULT 0;
                """, sql(change));
        assertEquals("""
                ALTER TABLE public.users
                    ALTER COLUMN age DROP DEFAULT,
                    ALTER COLUMN age TYPE integer USING age::integer;
                """, sql(change.reverse()));
    }

    @Test
    void nullability() {
        AlterColumn change = new AlterColumn(USERS, AGE, nullable(AGE, false), Set.of(ColumnAspect.NULLABILITY));
        assertEquals("ALTER TABLE public.users ALTER COLUMN age SET NOT NULL;\n", sql(change));
        assertEquals("ALTER TABLE public.users ALTER COLUMN age DROP NOT NULL;\n", sql(change.reverse()));
    }

    @Test
    void defaultSetChangedAndDropped() {
        Column plain = column("created_at", "timestamptz", false);
        AlterColumn set = new AlterColumn(USERS, plain, withDefault(plain, "now()"), Set.of(ColumnAspect.DEFAULT));
        assertEquals("ALTER TABLE public.users ALTER COLUMN created_at SET DEFAULT now();\n", sql(set));
        assertEquals("ALTER TABLE public.users ALTER COLUMN created_at DROP DEFAULT;\n", sql(set.reverse()));
        AlterColumn changed = new AlterColumn(USERS, withDefault(plain, "now()"),
                withDefault(plain, "clock_timestamp()"), Set.of(ColumnAspect.DEFAULT));
        assertEquals("ALTER TABLE public.users ALTER COLUMN created_at SET DEFAULT clock_timestamp();\n",
                sql(changed));
    }

    @Test
    void everythingAtOnceInAnOrderThatWorksBothWays() {
        Column from = Column.of("ticket_number", ColumnType.builtIn("varchar", 32), true);
        Column to = withDefault(nullable(withType(from, ColumnType.builtIn("text")), false), "''");
        AlterColumn change = new AlterColumn(TICKETS, from, to,
                Set.of(ColumnAspect.TYPE, ColumnAspect.NULLABILITY, ColumnAspect.DEFAULT));
        assertEquals("""
                ALTER TABLE public.support_tickets
                    ALTER COLUMN ticket_number TYPE text USING ticket_number::text,
                    ALTER COLUMN ticket_number SET NOT NULL,
                    ALTER COLUMN ticket_number SET DEFAULT '';
                """, sql(change));
        assertEquals("""
                ALTER TABLE public.support_tickets
                    ALTER COLUMN ticket_number DROP DEFAULT,
                    ALTER COLUMN ticket_number TYPE varchar(32) USING ticket_number::varchar(32),
                    ALTER COLUMN ticket_number DROP NOT NULL;
                """, sql(change.reverse()));
    }

    @Test
    void identityIsAddedAfterNotNullAndDroppedBeforeIt() {
        AlterColumn change = new AlterColumn(USERS, AGE, withIdentity(nullable(AGE, false), Identity.ALWAYS),
                Set.of(ColumnAspect.NULLABILITY, ColumnAspect.IDENTITY));
        assertEquals("""
                ALTER TABLE public.users
                    ALTER COLUMN age SET NOT NULL,
                    ALTER COLUMN age ADD GENERATED ALWAYS AS IDENTITY;
                SELECT setval(pg_get_serial_sequence('public.users', 'age'), greatest(max(age) + 1, 1), false) FROM public.users;
                """, sql(change));
        assertEquals("""
                ALTER TABLE public.users
                    ALTER COLUMN age DROP IDENTITY,
                    ALTER COLUMN age DROP NOT NULL;
                """, sql(change.reverse()));
    }

    @Test
    void identityDroppedWithATypeChangeIsDroppedInAStatementOfItsOwnFirst() {
        Column text = column("id", "text", false);
        AlterColumn change = new AlterColumn(TICKETS, text,
                withIdentity(withType(text, ColumnType.builtIn("bigint")), Identity.builder().always(true).start(-1)
                        .increment(-1).build()),
                Set.of(ColumnAspect.TYPE, ColumnAspect.IDENTITY));
        assertEquals("""
                ALTER TABLE public.support_tickets
                    ALTER COLUMN id TYPE bigint USING id::bigint,
                    ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH -1 INCREMENT BY -1);
                SELECT setval(pg_get_serial_sequence('public.support_tickets', 'id'), least(min(id) - 1, -1), false) FROM public.support_tickets;
                """, sql(change));
        // PostgreSQL checks an identity's type before the actions of one ALTER TABLE run: DROP IDENTITY, TYPE text fails
        assertEquals("""
                ALTER TABLE public.support_tickets ALTER COLUMN id DROP IDENTITY;
                ALTER TABLE public.support_tickets ALTER COLUMN id TYPE text USING id::text;
                """, sql(change.reverse()));
    }

    @Test
    void defaultGivesWayToIdentityAndBack() {
        Column priority = column("priority", "integer", false);
        AlterColumn change = new AlterColumn(TICKETS, withDefault(priority, "3"),
                withIdentity(priority, Identity.builder().start(10).increment(2).build()),
                Set.of(ColumnAspect.DEFAULT, ColumnAspect.IDENTITY));
        assertEquals("""
                ALTER TABLE public.support_tickets
                    ALTER COLUMN priority DROP DEFAULT,
                    ALTER COLUMN priority ADD GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 2);
                SELECT setval(pg_get_serial_sequence('public.support_tickets', 'priority'), greatest(max(priority) + 1, 10), false) FROM public.support_tickets;
                """, sql(change));
        assertEquals("""
                ALTER TABLE public.support_tickets
                    ALTER COLUMN priority DROP IDENTITY,
                    ALTER COLUMN priority SET DEFAULT 3;
                """, sql(change.reverse()));
    }

    @Test
    void identityOptionsChangeOneByOne() {
        Column id = withIdentity(column("id", "bigint", false), Identity.BY_DEFAULT);
        AlterColumn change = new AlterColumn(TICKETS, id, withIdentity(id, Identity.builder().always(true).start(100)
                .increment(5).build()),
                Set.of(ColumnAspect.IDENTITY));
        assertEquals("""
                ALTER TABLE public.support_tickets
                    ALTER COLUMN id SET GENERATED ALWAYS,
                    ALTER COLUMN id SET START WITH 100 SET INCREMENT BY 5;
                """, sql(change));
        assertEquals("""
                ALTER TABLE public.support_tickets
                    ALTER COLUMN id SET GENERATED BY DEFAULT,
                    ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1;
                """, sql(change.reverse()));
        AlterColumn onlyGeneration = new AlterColumn(TICKETS, id, withIdentity(id, Identity.ALWAYS),
                Set.of(ColumnAspect.IDENTITY));
        assertEquals("ALTER TABLE public.support_tickets ALTER COLUMN id SET GENERATED ALWAYS;\n",
                sql(onlyGeneration));
    }

    @Test
    void identityBoundsCacheAndCycleChangeInOneActionAndBackToTheDefaults() {
        Column id = withIdentity(column("id", "bigint", false), Identity.BY_DEFAULT);
        AlterColumn change = new AlterColumn(TICKETS, id, withIdentity(id, Identity.builder().start(10).minValue(10L)
                .maxValue(1000L).cache(20).cycle(true).build()), Set.of(ColumnAspect.IDENTITY));
        assertEquals("""
                ALTER TABLE public.support_tickets ALTER COLUMN id SET START WITH 10 SET MINVALUE 10 SET MAXVALUE 1000 SET CACHE 20 SET CYCLE;
                """, sql(change));
        assertEquals("""
                ALTER TABLE public.support_tickets ALTER COLUMN id SET START WITH 1 SET NO MINVALUE SET NO MAXVALUE SET CACHE 1 SET NO CYCLE;
                """, sql(change.reverse()));
    }

    @Test
    void anIncrementChangingSignResetsTheDefaultBounds() {
        Column id = withIdentity(column("id", "integer", false), Identity.BY_DEFAULT);
        AlterColumn change = new AlterColumn(TICKETS, id, withIdentity(id, Identity.builder().start(-1).increment(-1)
                .build()), Set.of(ColumnAspect.IDENTITY));
        assertEquals("""
                ALTER TABLE public.support_tickets ALTER COLUMN id SET START WITH -1 SET INCREMENT BY -1 SET NO MINVALUE SET NO MAXVALUE;
                """, sql(change));
    }

    @Test
    void enumColumnsConvertThroughText() {
        Column role = withDefault(Column.of("role", ROLE_TYPE, false), "'CLIENT'::public.role");
        AlterColumn toText = new AlterColumn(USERS, role,
                withDefault(withType(role, ColumnType.builtIn("text")), "'CLIENT'::text"),
                Set.of(ColumnAspect.TYPE, ColumnAspect.DEFAULT));
        assertEquals("""
                ALTER TABLE public.users
                    ALTER COLUMN role DROP DEFAULT,
                    ALTER COLUMN role TYPE text USING role::text,
                    ALTER COLUMN role SET DEFAULT 'CLIENT'::text;
                """, sql(toText));
        assertEquals("""
                ALTER TABLE public.users
                    ALTER COLUMN role DROP DEFAULT,
                    ALTER COLUMN role TYPE public.role USING role::public.role,
                    ALTER COLUMN role SET DEFAULT 'CLIENT'::public.role;
                """, sql(toText.reverse()));
        Column level = Column.of("level", ROLE_TYPE.arrayOf(), true);
        AlterColumn toOtherEnum = new AlterColumn(USERS, level,
                withType(level, ColumnType.userType(new QualifiedName("billing", "level")).arrayOf()),
                Set.of(ColumnAspect.TYPE));
        assertEquals("ALTER TABLE public.users ALTER COLUMN level TYPE billing.level[]"
                + " USING level::text[]::billing.level[];\n", sql(toOtherEnum));
    }

    @Test
    void quotesTheColumnEverywhere() {
        Column from = column("order", "integer", true);
        AlterColumn change = new AlterColumn(USERS, from, withType(from, ColumnType.builtIn("bigint")),
                Set.of(ColumnAspect.TYPE));
        assertEquals("ALTER TABLE public.users ALTER COLUMN \"order\" TYPE bigint USING \"order\"::bigint;\n",
                sql(change));
    }

    @Test
    void aspectsThatChangeNothingAreRefused() {
        AlterColumn change = new AlterColumn(USERS, AGE, AGE, Set.of(ColumnAspect.IDENTITY));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> sql(change));
        assertEquals("the change of public.users.age in [IDENTITY] leaves the column as it was", error.getMessage());
    }
}
