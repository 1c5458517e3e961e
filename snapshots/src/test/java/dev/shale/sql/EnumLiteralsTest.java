package dev.shale.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.shale.model.Identifiers;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumLiteralsTest {

    @Test
    void readsTheLabelOfEveryLiteralShaleWrites() {
        for (String label : List.of("active", "it's", "a\\b", "a\\'; x", "\\", "")) {
            assertEquals(label, EnumLiterals.label(Identifiers.literal(label)), label);
            assertEquals(label, EnumLiterals.label(Identifiers.literal(label) + "::public.mood"), label);
        }
    }

    @Test
    void anEscapeStringWithOtherEscapesOrAnExpressionIsNoLabel() {
        assertNull(EnumLiterals.label("E'a\\nb'"));
        assertNull(EnumLiterals.label("lower('a')"));
        assertNull(EnumLiterals.label("'a' || 'b'"));
        assertNull(EnumLiterals.label("B'0101'"));
        assertNull(EnumLiterals.label("'unterminated"));
        assertEquals("it's", EnumLiterals.label("  'it''s' ::public.mood  "));
        assertNull(EnumLiterals.label(null));
    }

    @Test
    void relabelWritesTheNewLabelSafelyAndKeepsTheCast() {
        assertEquals("E'new\\\\'::public.mood", EnumLiterals.relabel("'old'::public.mood", "old", "new\\"));
        assertEquals("'new'", EnumLiterals.relabel("E'old\\\\'", "old\\", "new"));
        assertEquals("'other'", EnumLiterals.relabel("'other'", "old", "new"));
    }
}
