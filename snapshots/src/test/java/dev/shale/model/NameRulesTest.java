package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameRulesTest {

    @Test
    void namesPostgreSqlKeepsAsWrittenPass() {
        for (String name : new String[] {"users", "With Space", "quo\"te", "back\\slash", "名前", "emoji\uD83D\uDE00",
            "pg_table", "'single'"}) {
            assertNull(NameRules.problem(name), name);
        }
        assertNull(NameRules.schemaProblem("public"));
        assertNull(NameRules.schemaProblem("PG_upper"));
    }

    @Test
    void eachRefusedNameSaysWhy() {
        assertEquals("is empty", NameRules.problem(""));
        assertEquals("is only whitespace", NameRules.problem(" \t"));
        assertEquals("has a NUL character (\\u0000) at character 2, which PostgreSQL cannot store",
                NameRules.problem("a\u0000"));
        assertEquals("has the control character \\u001B at character 1, which would be invisible in every listing"
                + " and message", NameRules.problem("\u001bx"));
        assertEquals("has the control character \\u007F at character 2, which would be invisible in every listing"
                + " and message", NameRules.problem("x\u007f"));
        assertEquals("has a lone UTF-16 surrogate \\uDE00 at character 1, which is not a character: it would reach"
                + " PostgreSQL as ? and differ from the declared name", NameRules.problem("\uDE00\uD83D"));
        assertEquals("starts with pg_, which PostgreSQL reserves for system schemas", NameRules.schemaProblem("pg_x"));
        assertEquals("is PostgreSQL's own information_schema", NameRules.schemaProblem("information_schema"));
    }

    @Test
    void printableEscapesOnlyWhatCannotBeSeen() {
        assertEquals("a\\u0000b\\u000A\\uD800 名前\uD83D\uDE00", NameRules.printable("a\u0000b\n\uD800 名前\uD83D\uDE00"));
    }
}
