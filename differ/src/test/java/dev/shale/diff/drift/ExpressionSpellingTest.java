package dev.shale.diff.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExpressionSpellingTest {

    @Test
    void dropsParenthesesAroundOperandsThatBindTighterThanTheirParent() {
        assertEquals("priority >= 1 AND priority <= 5", ExpressionSpelling.canonical("(priority >= 1) AND (priority <= 5)"));
        assertEquals("a > 0", ExpressionSpelling.canonical("((a > 0))"));
        assertEquals("a AND b OR c", ExpressionSpelling.canonical("(a AND b) OR (c)"));
        assertEquals("NOT a AND b IS NOT NULL", ExpressionSpelling.canonical("(NOT a) and (b IS NOT NULL)"));
        assertEquals("a OR b OR c", ExpressionSpelling.canonical("((a OR b) OR c)"));
    }

    @Test
    void keepsParenthesesThatChangeTheMeaning() {
        assertEquals("(a OR b) AND c", ExpressionSpelling.canonical("(a OR b) AND c"));
        assertEquals("(a BETWEEN 1 AND 5) AND b", ExpressionSpelling.canonical("(a BETWEEN 1 AND 5) AND b"));
        assertEquals("NOT (a AND b)", ExpressionSpelling.canonical("NOT (a AND b)"));
        assertEquals("a BETWEEN 1 AND 5 OR b", ExpressionSpelling.canonical("(a BETWEEN 1 AND 5) OR (b)"));
        assertEquals("(a + 1) * 2 > 0", ExpressionSpelling.canonical("(a + 1) * 2 > 0"));
    }

    @Test
    void leavesQuotedTextArraysAndCaseAlone() {
        assertEquals("t = ' (x) AND (y) '", ExpressionSpelling.canonical("t = ' (x) AND (y) '"));
        assertEquals("\"and\" > 0 AND b", ExpressionSpelling.canonical("(\"and\" > 0) AND (b)"));
        assertEquals("CASE WHEN (a) AND (b) THEN 1 END = 1", ExpressionSpelling.canonical("CASE WHEN (a) AND (b) THEN 1 END = 1"));
        assertEquals("t = ANY (ARRAY['a'::text, 'b'::text])", ExpressionSpelling.canonical("t = ANY (ARRAY['a'::text, 'b'::text])"));
        assertNull(ExpressionSpelling.canonical(null));
    }
}
