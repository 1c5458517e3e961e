package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.IndexKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected names were produced by PostgreSQL 15 from the equivalent CREATE TABLE and CREATE INDEX. */
class ConstraintNamesTest {

    private static final String T60 = "t".repeat(60);
    private static final String C50 = "c".repeat(50);
    private static final String UMLAUTS = "ä".repeat(30);

    @Test
    void namesLikePostgresForShortNames() {
        assertEquals("users_pkey", ConstraintNames.primaryKey("users"));
        assertEquals("users_email_key", ConstraintNames.unique("users", List.of("email")));
        assertEquals("users_a_b_key", ConstraintNames.unique("users", List.of("a", "b")));
        assertEquals("users_x_check", ConstraintNames.check("users", "x", 0));
        assertEquals("users_x_check1", ConstraintNames.check("users", "x", 1));
        assertEquals("users_check", ConstraintNames.check("users", null, 0));
        assertEquals("users_check2", ConstraintNames.check("users", null, 2));
        assertEquals("users_org_id_fkey", ConstraintNames.foreignKey("users", List.of("org_id"), 0));
        assertEquals("users_org_id_fkey1", ConstraintNames.foreignKey("users", List.of("org_id"), 1));
        assertEquals("users_email_name_idx",
                ConstraintNames.index("users", List.of(IndexKey.column("email"), IndexKey.column("name"))));
    }

    @Test
    void cutsLongNamesToTheSameNamesPostgresGives() {
        assertEquals("t".repeat(58) + "_pkey", ConstraintNames.primaryKey(T60));
        assertEquals("t".repeat(53) + "_email_key", ConstraintNames.unique(T60, List.of("email")));
        assertEquals("t".repeat(29) + "_" + "c".repeat(29) + "_key", ConstraintNames.unique(T60, List.of(C50)));
        assertEquals("t".repeat(55) + "_a_check", ConstraintNames.check(T60, "a", 0));
        assertEquals("t".repeat(54) + "_a_check1", ConstraintNames.check(T60, "a", 1));
        assertEquals("t".repeat(57) + "_check", ConstraintNames.check(T60, null, 0));
        assertEquals("t".repeat(54) + "_pid_fkey", ConstraintNames.foreignKey(T60, List.of("pid"), 0));
        assertEquals("t".repeat(48) + "_pid_pcode_fkey", ConstraintNames.foreignKey(T60, List.of("pid", "pcode"), 0));
        assertEquals("t".repeat(48) + "_email_name_idx",
                ConstraintNames.index(T60, List.of(IndexKey.column("email"), IndexKey.column("name"))));
        assertEquals("t".repeat(53) + "_lower_idx", ConstraintNames.index(T60, List.of(IndexKey.expression("lower(email)"))));
        assertEquals("t".repeat(54) + "_expr_idx", ConstraintNames.index(T60, List.of(IndexKey.expression("a + b"))));
        assertEquals("t".repeat(53) + "_email_idx", ConstraintNames.index(T60, List.of(IndexKey.expression("email::text"))));
        assertEquals("t".repeat(46) + "_lower_lower1_idx", ConstraintNames.index(T60,
                List.of(IndexKey.expression("lower(email)"), IndexKey.expression("lower(name)"))));
        assertEquals("users_" + C50 + "_dc_idx", ConstraintNames.index("users",
                List.of(IndexKey.column(C50), IndexKey.column("d" + C50), IndexKey.column("x"))));
    }

    @Test
    void cutsMultiByteNamesOnCharactersAsPostgresDoes() {
        assertEquals("ä".repeat(29) + "_pkey", ConstraintNames.primaryKey(UMLAUTS));
        assertEquals("ä".repeat(26) + "_email_key", ConstraintNames.unique(UMLAUTS, List.of("email")));
        assertEquals("ä".repeat(27) + "_éé_key", ConstraintNames.unique(UMLAUTS, List.of("éé")));
        assertEquals("ä".repeat(27) + "_b_check", ConstraintNames.check(UMLAUTS, "b", 0));
        assertEquals("ä".repeat(23) + "_lower_lower1_idx", ConstraintNames.index(UMLAUTS,
                List.of(IndexKey.expression("lower(email)"), IndexKey.expression("lower(email)"))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "lower(email) # lower", "LOWER(Email) # lower", "(lower(email)) # lower", "public.lower(email) # lower",
        "coalesce(name, email) # coalesce", "email # email", "(email) # email", "Email # email",
        "email::text # email", "lower(email)::text # lower", "(a + b)::text # text", "a + b # expr",
        "name || email # expr", "lower(a) || lower(b) # expr", "lower(a) || ')' # expr", "'x' # expr",
        "\"Quoted\" # expr", "f(')') # f", "case when a > 1 then b end # case", "ARRAY[a, b] # array", "casey # casey"})
    void namesExpressionKeysAsPostgresDoes(String expression, String name) {
        assertEquals(name, ConstraintNames.expressionName(expression));
    }

    @Test
    void numbersRepeatedKeyNames() {
        assertEquals(List.of("lower", "lower1", "lower2", "a"), ConstraintNames.keyNames(List.of(
                IndexKey.expression("lower(a)"), IndexKey.expression("lower(b)"), IndexKey.expression("lower(c)"),
                IndexKey.column("a"))));
    }
}
