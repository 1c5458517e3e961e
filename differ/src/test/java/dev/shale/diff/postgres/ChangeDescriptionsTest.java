package dev.shale.diff.postgres;

import static dev.shale.diff.postgres.Fixtures.ROLE;
import static dev.shale.diff.postgres.Fixtures.USERS;
import static dev.shale.diff.postgres.Fixtures.column;
import static dev.shale.diff.postgres.Fixtures.withDefault;
import static dev.shale.diff.postgres.Fixtures.withIdentity;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.diff.change.RecreateEnum;
import dev.shale.diff.change.RenameEnum;
import dev.shale.diff.change.RenameTable;
import dev.shale.diff.change.SetTableComment;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.Identity;
import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeDescriptionsTest {

    private static final List<String> EXPECTED = List.of(
            "create schema billing",
            "drop schema billing",
            "create enum public.role",
            "drop enum public.role",
            "rename enum public.role to user_role",
            "add value SUPER_ADMIN to enum public.role",
            "rename value ADMIN to ADMINISTRATOR in enum public.role",
            "recreate enum public.role: remove SUPER_ADMIN",
            "set comment on enum public.role",
            "create table public.notes",
            "drop table public.notes",
            "rename table public.support_tickets to tickets",
            "set comment on table public.users",
            "add column public.users.active",
            "drop column public.users.nickname",
            "rename column public.support_tickets.body to content",
            "change column public.users.email: type varchar(100) -> varchar(255), drop not null",
            "set comment on column public.users.email",
            "add primary key users_pkey on public.users",
            "drop primary key users_pkey on public.users",
            "add unique constraint users_email_key on public.users",
            "drop unique constraint users_email_key on public.users",
            "add check users_age_check on public.users",
            "drop check users_age_check on public.users",
            "add exclusion constraint users_booking_excl on public.users",
            "drop exclusion constraint users_booking_excl on public.users",
            "add foreign key support_tickets_user_id_fkey on public.support_tickets",
            "drop foreign key support_tickets_user_id_fkey on public.support_tickets",
            "rename constraint users_email_key to users_mail_key on public.users",
            "create index users_name_idx on public.users",
            "drop index users_name_idx on public.users",
            "rename index users_name_idx to users_full_name_idx on public.users",
            "create extension citext in util, version 1.6",
            "drop extension uuid-ossp",
            "update extension citext to version 1.6",
            "validate check users_age_check on public.users",
            "mark foreign key support_tickets_user_id_fkey NOT VALID on public.support_tickets",
            "make foreign key support_tickets_user_id_fkey DEFERRABLE INITIALLY DEFERRED on public.support_tickets",
            "set table public.users UNLOGGED",
            "set replica identity of public.users to USING INDEX users_name_idx",
            "create sequence public.users_seq",
            "drop sequence public.users_seq",
            "alter sequence public.users_seq",
            "make sequence public.users_seq owned by public.users.id");

    private static String describe(Change change) {
        return ChangeDescriptions.describe(change);
    }

    @Test
    void describesEveryKindInOneLine() {
        List<Change> samples = Samples.oneOfEachKind();
        assertEquals(samples.size(), EXPECTED.size());
        assertAll(samples.stream().map(change -> () -> assertEquals(
                EXPECTED.get(samples.indexOf(change)), describe(change), change.getClass().getSimpleName())));
    }

    @Test
    void movesAcrossSchemasNameTheNewSchema() {
        assertEquals("rename table public.users to billing.customers",
                describe(new RenameTable(USERS, new QualifiedName("billing", "customers"), List.of())));
        assertEquals("rename enum public.role to billing.role",
                describe(new RenameEnum(ROLE, new QualifiedName("billing", "role"))));
    }

    @Test
    void removedCommentsSaySo() {
        assertEquals("remove comment on table public.users", describe(new SetTableComment(USERS, "old", null)));
    }

    @Test
    void recreatedEnumsListWhatChanges() {
        EnumType from = EnumType.of(ROLE, "CLIENT", "ADMIN", "GUEST");
        EnumType to = EnumType.of(ROLE, "ADMIN", "CLIENT", "OWNER");
        assertEquals("recreate enum public.role: remove GUEST; add OWNER; reorder values",
                describe(new RecreateEnum(from, to, List.of())));
    }

    @Test
    void alteredColumnsListDefaultAndIdentityChanges() {
        Column age = column("age", "integer", false);
        assertEquals("change column public.users.age: set default 0",
                describe(new AlterColumn(USERS, age, withDefault(age, "0"), Set.of(ColumnAspect.DEFAULT))));
        assertEquals("change column public.users.age: default 0 -> 1",
                describe(new AlterColumn(USERS, withDefault(age, "0"), withDefault(age, "1"), Set.of(ColumnAspect.DEFAULT))));
        assertEquals("change column public.users.age: drop default, add identity",
                describe(new AlterColumn(USERS, withDefault(age, "0"), withIdentity(age, Identity.ALWAYS),
                        Set.of(ColumnAspect.DEFAULT, ColumnAspect.IDENTITY))));
        assertEquals("change column public.users.age: drop identity",
                describe(new AlterColumn(USERS, withIdentity(age, Identity.ALWAYS), age, Set.of(ColumnAspect.IDENTITY))));
        assertEquals("change column public.users.age: set not null, identity by default -> always,"
                        + " identity start 1 -> 50, identity increment 1 -> 5",
                describe(new AlterColumn(USERS, withIdentity(Fixtures.nullable(age, true), Identity.BY_DEFAULT),
                        withIdentity(age, Identity.builder().always(true).start(50).increment(5).build()),
                        Set.of(ColumnAspect.NULLABILITY, ColumnAspect.IDENTITY))));
    }
}
