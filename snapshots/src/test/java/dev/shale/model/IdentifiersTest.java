package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void aLiteralWithoutABackslashIsPlainWithItsQuotesDoubled() {
        assertEquals("'plain'", Identifiers.literal("plain"));
        assertEquals("''", Identifiers.literal(""));
        assertEquals("'it''s'", Identifiers.literal("it's"));
        assertEquals("'line one\nline two'", Identifiers.literal("line one\nline two"));
    }

    @Test
    void aLiteralWithABackslashIsEscapedWithBackslashesAndQuotesDoubled() {
        assertEquals("E'a\\\\b'", Identifiers.literal("a\\b"));
        assertEquals("E'a\\\\'''", Identifiers.literal("a\\'"));
        assertEquals("E'a\\\\''; CREATE TABLE pwned (id int); --'",
                Identifiers.literal("a\\'; CREATE TABLE pwned (id int); --"));
        assertEquals("E'\\\\\\\\''\n'", Identifiers.literal("\\\\'\n"));
    }

    @Test
    void byteLengthCountsUtf8Bytes() {
        assertEquals(0, Identifiers.byteLength(""));
        assertEquals(5, Identifiers.byteLength("users"));
        assertEquals(7, Identifiers.byteLength("größe"));
        assertEquals(9, Identifiers.byteLength("表格名"));
        assertEquals(4, Identifiers.byteLength("\uD83D\uDE00"));
    }

    @Test
    void byteLengthIsTheLengthOfTheEncodedStringForAnyText() {
        Random random = new Random(20261122);
        char[] pool = {'a', 'Z', '_', '0', 'ß', 'é', 'Ω', '表', '\u0800', '\u07FF', '\uFFFF', '\uD83D', '\uDE00'};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            String s = text.toString();
            assertEquals(s.getBytes(StandardCharsets.UTF_8).length, Identifiers.byteLength(s), s);
        }
    }
}
