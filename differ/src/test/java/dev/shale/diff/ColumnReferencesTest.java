package dev.shale.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ColumnReferencesTest {

    @Test
    void renamesBareAndQuotedReferences() {
        assertEquals("b * 2", ColumnReferences.rename("a * 2", "a", "b"));
        assertEquals("lower(b) || b", ColumnReferences.rename("lower(a) || A", "a", "b"));
        assertEquals("lower(\"Display Name\")", ColumnReferences.rename("lower(a)", "a", "Display Name"));
        assertEquals("length(note) > 0", ColumnReferences.rename("length(\"Old Note\") > 0", "Old Note", "note"));
        assertEquals("\"user\" IS NOT NULL", ColumnReferences.rename("a IS NOT NULL", "a", "user"));
    }

    @Test
    void bareIdentifiersFoldToLowerCaseQuotedOnesDoNot() {
        assertEquals("b + b", ColumnReferences.rename("A + a", "a", "b"));
        assertEquals("\"A\" + b", ColumnReferences.rename("\"A\" + a", "a", "b"));
        assertEquals("b + a", ColumnReferences.rename("\"A\" + a", "A", "b"));
    }

    @Test
    void leavesLiteralsCommentsAndLongerWordsAlone() {
        assertEquals("b = 'a' AND ab > 0", ColumnReferences.rename("a = 'a' AND ab > 0", "a", "b"));
        assertEquals("b = 'it''s a' AND b_c = $$a$$", ColumnReferences.rename("a = 'it''s a' AND b_c = $$a$$", "a", "b"));
        assertEquals("b = E'\\\\' a'", ColumnReferences.rename("a = E'\\\\' a'", "a", "b"));
        assertEquals("b -- a\n+ 1 /* a */", ColumnReferences.rename("a -- a\n+ 1 /* a */", "a", "b"));
        assertEquals("a2 + 1e5", ColumnReferences.rename("a2 + 1e5", "e5", "x"));
    }

    @Test
    void leavesFunctionsTypesAndQualifiedNamesAlone() {
        assertEquals("lower(b)", ColumnReferences.rename("lower(lower)", "lower", "b"));
        assertEquals("b::text", ColumnReferences.rename("text::text", "text", "b"));
        assertEquals("t.text + (r).text + text.x", ColumnReferences.rename("t.text + (r).text + text.x", "text", "b"));
    }

    @Test
    void nullStaysNull() {
        assertNull(ColumnReferences.rename(null, "a", "b"));
    }
}
