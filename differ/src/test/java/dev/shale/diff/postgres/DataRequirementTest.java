package dev.shale.diff.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code shale:requires} lines: written as a migration header holds them, and read back to the same thing. */
class DataRequirementTest {

    private static final QualifiedName USERS = new QualifiedName("public", "users");
    private static final QualifiedName ODD = new QualifiedName("My Schema", "Order");

    @Test
    void writesHeaderTextThatReadsBack() {
        DataRequirement[] requirements = {
            new DataRequirement.NoNulls(USERS, "email"),
            new DataRequirement.Empty(USERS, "timezone"),
            new DataRequirement.Unique(USERS, "users_email_org_id_key", List.of("email", "org_id"), null),
            new DataRequirement.Unique(USERS, "users_lower_idx", List.of("(lower(email))", "\"Kind\""),
                    "active AND note <> 'a, b)'"),
            new DataRequirement.Check(USERS, "users_age_check", "age >= 0 AND name <> 'x''y'"),
            new DataRequirement.References(ODD, "order_user_fkey", List.of("user id", "org"), USERS,
                    List.of("id", "select")),
            new DataRequirement.EnumUnused(new QualifiedName("app", "status"), "it's a \\ and a space"),
            new DataRequirement.Cast(USERS, "amount", "numeric(10,2)", "integer"),
            new DataRequirement.Cast(ODD, "Kind", "\"My Schema\".\"a -> b\"[]", "text[]"),
            new DataRequirement.NoNulls(ODD, "say \"hi\""),
            new DataRequirement.Computes(ODD, "total cents", "price * \"qty\" / 2"),
            new DataRequirement.Unique(USERS, "users_tag_idx", List.of("(tag || $$,)$$)", "(E'\\', ' || b)"),
                    null),
        };
        for (DataRequirement requirement : requirements) {
            String text = requirement.headerText().orElseThrow();
            assertEquals(requirement, DataRequirement.parse(text), text);
        }
        assertEquals("no-nulls public.users.email", requirements[0].headerText().orElseThrow());
        assertEquals("empty public.users.timezone", requirements[1].headerText().orElseThrow());
        assertEquals("unique public.users users_email_org_id_key (email, org_id)",
                requirements[2].headerText().orElseThrow());
        assertEquals("unique public.users users_lower_idx ((lower(email)), \"Kind\") where active AND note <> 'a, b)'",
                requirements[3].headerText().orElseThrow());
        assertEquals("check public.users users_age_check age >= 0 AND name <> 'x''y'",
                requirements[4].headerText().orElseThrow());
        assertEquals("references \"My Schema\".\"Order\" order_user_fkey (\"user id\", org) public.users (id, \"select\")",
                requirements[5].headerText().orElseThrow());
        assertEquals("enum-unused app.status E'it''s a \\\\ and a space'", requirements[6].headerText().orElseThrow());
        assertEquals("cast public.users.amount numeric(10,2) -> integer", requirements[7].headerText().orElseThrow());
        assertEquals("computes \"My Schema\".\"Order\".\"total cents\" price * \"qty\" / 2",
                requirements[10].headerText().orElseThrow());
    }

    @Test
    void aTextWithAControlCharacterCannotBeWritten() {
        assertEquals(Optional.empty(), new DataRequirement.NoNulls(USERS, "a\nb").headerText());
        assertEquals(Optional.empty(), new DataRequirement.Check(USERS, "c", "a > 0\nOR b > 0").headerText());
        assertEquals(Optional.empty(), new DataRequirement.EnumUnused(USERS, "x\u001b").headerText());
    }

    @Test
    void theCastConvertsAsTheMigrationDoes() {
        DataRequirement.Cast plain = new DataRequirement.Cast(USERS, "n", "bigint", "integer");
        assertEquals("t.n::integer", plain.forward("t.n"));
        assertEquals("t.n::bigint", plain.backward("t.n"));
        DataRequirement.Cast outOfEnum = new DataRequirement.Cast(USERS, "s", "public.status[]", "varchar(3)[]");
        assertEquals("t.s::text[]::varchar(3)[]", outOfEnum.forward("t.s"));
        assertEquals("t.s::public.status[]", outOfEnum.backward("t.s"));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertEquals("no-nulls needs SCHEMA.TABLE.COLUMN (quote a name as SQL when it must be)", assertThrows(
                IllegalArgumentException.class, () -> DataRequirement.parse("no-nulls users.email")).getMessage());
        assertEquals("unique needs a list in parentheses at \"email\"", assertThrows(IllegalArgumentException.class,
                () -> DataRequirement.parse("unique public.users k email")).getMessage());
        assertEquals("unique's list is not closed with )", assertThrows(IllegalArgumentException.class,
                () -> DataRequirement.parse("unique public.users k (email")).getMessage());
        assertEquals("check's expression is missing", assertThrows(IllegalArgumentException.class,
                () -> DataRequirement.parse("check public.users k")).getMessage());
        assertEquals("cast needs FROM -> TO at \"integer\"", assertThrows(IllegalArgumentException.class,
                () -> DataRequirement.parse("cast public.users.n integer")).getMessage());
        assertEquals("unexpected text \" extra\" after the name", assertThrows(IllegalArgumentException.class,
                () -> DataRequirement.parse("no-nulls public.users.email extra")).getMessage());
        assertEquals(true, assertThrows(IllegalArgumentException.class, () -> DataRequirement.parse("rows public.t"))
                .getMessage().startsWith("\"rows\" is not something a migration requires; write no-nulls"));
    }
}
