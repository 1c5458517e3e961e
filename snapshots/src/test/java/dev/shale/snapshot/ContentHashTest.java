package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final char[] CHARS = {'a', '{', '"', '\n', 'é', 'ü', '名', '\u2028', '\uffff', '\uD83D', '\uDE00',
        '\uD800', '\uDFFF', '?'};

    @Test
    void hashesWhatStringGetBytesWouldEncodeHoweverTheTextIsCutIntoWrites() {
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(random.nextBoolean() ? 20 : 20000);
            for (int c = 0; c < length; c++) {
                text.append(CHARS[random.nextInt(CHARS.length)]);
            }
            String previousId = random.nextBoolean() ? null : "0123456789abcdef0123456789abcdef";
            ContentHash hash = new ContentHash(previousId);
            String whole = text.toString(); // made once: copying the text for every write made the test quadratic
            char[] chars = whole.toCharArray();
            for (int at = 0; at < text.length(); ) {
                int end = Math.min(text.length(), at + 1 + random.nextInt(50));
                switch (random.nextInt(3)) {
                    case 0 -> hash.write(whole, at, end - at);
                    case 1 -> hash.write(chars, at, end - at);
                    default -> {
                        hash.write(text.charAt(at));
                        end = at + 1;
                    }
                }
                at = end;
            }
            assertEquals(expected(previousId, whole), hash.id(), whole);
        }
    }

    @Test
    void emptySchemaHashesLikeBefore() {
        ContentHash hash = new ContentHash(null);
        hash.write("{}", 0, 2);
        assertEquals("a062dd4952b935e430d409c4a5e5cd76", hash.id());
    }

    private static String expected(String previousId, String text) {
        String input = (previousId == null ? "" : previousId) + "\n" + text;
        return HexFormat.of().formatHex(Hashes.sha256(input.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }
}
