package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.ROLE;
import static dev.shale.diff.postgres.Fixtures.ROLE_TYPE;
import static dev.shale.diff.postgres.Fixtures.TICKETS;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.role;
import static dev.shale.diff.postgres.Fixtures.sql;
import static dev.shale.diff.postgres.Fixtures.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.diff.change.AddEnumValue;
import dev.shale.diff.change.CreateEnum;
import dev.shale.diff.change.DropEnum;
import dev.shale.diff.change.EnumUsage;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameEnumValue;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumRenderingTest {

    private static final List<EnumUsage> USAGES = List.of(
            new EnumUsage(USERS, withDefault(Column.of("role", ROLE_TYPE, false), "'CLIENT'::public.role")),
            new EnumUsage(TICKETS, Column.of("watchers", ROLE_TYPE.arrayOf(), true)));

    @Test
    void createEnumWithItsComment() {
        EnumType status = EnumType.builder(new QualifiedName("billing", "status")).values("open", "it's closed")
                .comment("State").build();
        assertEquals("""
                CREATE TYPE billing.status AS ENUM ('open', 'it''s closed');
                COMMENT ON TYPE billing.status IS 'State';
                """, sql(new CreateEnum(status)));
    }

    @Test
    void dropEnum() {
        assertEquals("DROP TYPE public.role;\n", sql(new DropEnum(role())));
    }

    @Test
    void renameEnumWithinItsSchemaAndIntoAnother() {
        assertEquals("ALTER TYPE public.role RENAME TO user_role;\n",
                sql(new RenameEnum(ROLE, QualifiedName.of("user_role"))));
        assertEquals("""
                ALTER TYPE public.role RENAME TO user_role;
                ALTER TYPE public.user_role SET SCHEMA billing;
                """, sql(new RenameEnum(ROLE, new QualifiedName("billing", "user_role"))));
    }

    @Test
    void renameEnumFollowsItsPath() {
        RenameEnum moveFirst = new RenameEnum(ROLE, new QualifiedName("billing", "user_role"),
                List.of(new QualifiedName("billing", "role")));
        assertEquals("""
                ALTER TYPE public.role SET SCHEMA billing;
                ALTER TYPE billing.role RENAME TO user_role;
                """, sql(moveFirst));
        assertEquals("""
                ALTER TYPE billing.user_role RENAME TO role;
                ALTER TYPE billing.role SET SCHEMA public;
                """, sql(moveFirst.reverse()));
    }

    @Test
    void addedValueGoesAfterTheLabelBeforeIt() {
        EnumType to = EnumType.of(ROLE, "CLIENT", "ADMIN", "SUPER_ADMIN");
        assertEquals("ALTER TYPE public.role ADD VALUE IF NOT EXISTS 'SUPER_ADMIN' AFTER 'ADMIN';\n",
                sql(new AddEnumValue(role(), to, "SUPER_ADMIN", USAGES)));
    }

    @Test
    void addedFirstValueGoesBeforeTheNextLabel() {
        EnumType to = EnumType.of(ROLE, "GUEST", "CLIENT", "ADMIN");
        assertEquals("ALTER TYPE public.role ADD VALUE IF NOT EXISTS 'GUEST' BEFORE 'CLIENT';\n",
                sql(new AddEnumValue(role(), to, "GUEST", USAGES)));
    }

    @Test
    void valueAddedToAnEmptyEnumNeedsNoPosition() {
        EnumType from = EnumType.of(ROLE);
        EnumType to = EnumType.of(ROLE, "ONLY");
        assertEquals("ALTER TYPE public.role ADD VALUE IF NOT EXISTS 'ONLY';\n", sql(new AddEnumValue(from, to, "ONLY", List.of())));
    }

    @Test
    void addedValueMustBeInTheNewType() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> sql(new AddEnumValue(role(), role(), "SUPER_ADMIN", List.of())));
        assertEquals("enum public.role does not declare the added value SUPER_ADMIN", error.getMessage());
    }

    @Test
    void renameValue() {
        assertEquals("ALTER TYPE public.role RENAME VALUE 'ADMIN' TO 'ADMINISTRATOR';\n",
                sql(new RenameEnumValue(ROLE, "ADMIN", "ADMINISTRATOR")));
    }

    @Test
    void recreateSwapsTheTypeConvertingColumnsAndArraysThroughTextAroundTheirDefaults() {
        EnumType from = EnumType.builder(ROLE).values("CLIENT", "ADMIN", "SUPER_ADMIN").comment("What a user may do")
                .build();
        EnumType to = EnumType.builder(ROLE).values("ADMIN", "CLIENT").comment("What a user may do").build();
        assertEquals("""
                ALTER TYPE public.role RENAME TO role__old;
                CREATE TYPE public.role AS ENUM ('ADMIN', 'CLIENT');
                COMMENT ON TYPE public.role IS 'What a user may do';
                ALTER TABLE public.users
                    ALTER COLUMN role DROP DEFAULT,
                    ALTER COLUMN role TYPE public.role USING role::text::public.role,
                    ALTER COLUMN role SET DEFAULT 'CLIENT'::public.role;
                ALTER TABLE public.support_tickets ALTER COLUMN watchers TYPE public.role[] \
                USING watchers::text[]::public.role[];
                DROP TYPE public.role__old;
                """, sql(new RecreateEnum(from, to, USAGES)));
    }

    @Test
    void recreateSetsEachColumnsNewDefaultInTheSwap() {
        EnumType from = EnumType.of(ROLE, "CLIENT", "ADMIN");
        EnumType to = EnumType.of(ROLE, "ADMIN");
        Column role = withDefault(Column.of("role", ROLE_TYPE, false), "'CLIENT'");
        Column backup = withDefault(Column.of("backup_role", ROLE_TYPE, true), "'CLIENT'");
        RecreateEnum recreate = new RecreateEnum(from, to,
                List.of(new EnumUsage(USERS, role, "'ADMIN'"), new EnumUsage(USERS, backup, null)));
        assertEquals("""
                ALTER TYPE public.role RENAME TO role__old;
                CREATE TYPE public.role AS ENUM ('ADMIN');
                ALTER TABLE public.users
                    ALTER COLUMN role DROP DEFAULT,
                    ALTER COLUMN role TYPE public.role USING role::text::public.role,
                    ALTER COLUMN role SET DEFAULT 'ADMIN';
                ALTER TABLE public.users
                    ALTER COLUMN backup_role DROP DEFAULT,
                    ALTER COLUMN backup_role TYPE public.role USING backup_role::text::public.role;
                DROP TYPE public.role__old;
                """, sql(recreate));
        assertEquals("""
                ALTER TYPE public.role RENAME TO role__old;
                CREATE TYPE public.role AS ENUM ('CLIENT', 'ADMIN');
                ALTER TABLE public.users
                    ALTER COLUMN role DROP DEFAULT,
                    ALTER COLUMN role TYPE public.role USING role::text::public.role,
                    ALTER COLUMN role SET DEFAULT 'CLIENT';
                ALTER TABLE public.users
                    ALTER COLUMN backup_role TYPE public.role USING backup_role::text::public.role,
                    ALTER COLUMN backup_role SET DEFAULT 'CLIENT';
                DROP TYPE public.role__old;
                """, sql(recreate.reverse()));
    }

    @Test
    void recreateWithoutUsagesOnlySwapsTheType() {
        EnumType from = EnumType.of(ROLE, "CLIENT", "ADMIN");
        EnumType to = EnumType.of(ROLE, "CLIENT");
        assertEquals("""
                ALTER TYPE public.role RENAME TO role__old;
                CREATE TYPE public.role AS ENUM ('CLIENT');
                DROP TYPE public.role__old;
                """, sql(new RecreateEnum(from, to, List.of())));
    }

    @Test
    void theOldTypeIsParkedUnderANameThatFitsSixtyThreeBytes() {
        String longName = "x".repeat(63);
        String parked = EnumSql.oldName(longName);
        assertEquals("x".repeat(58) + "__old", parked);
        assertEquals(Identifiers.MAX_BYTES, Identifiers.byteLength(parked));
    }
}
