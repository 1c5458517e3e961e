package dev.shale.cli.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes bytes as strict UTF-8, saying where the first byte that is not UTF-8 is (line, column, value). */
final class Utf8Text {

    /**
     * The bytes are not UTF-8: the first bad byte's 1-based line and column (in characters); the message says
     * {@code byte 0xE9 at line 2, column 4}.
     */
    static final class NotUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        NotUtf8Exception(int line, int column, int value) {
            super("byte 0x" + String.format("%02X", value) + " at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private Utf8Text() {
    }

    /** The text of {@code bytes}, without a leading byte order mark. */
    static String decode(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            throw at(bytes, in.position());
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Where the byte at {@code offset} is: lines counted by '\n', columns by characters (UTF-8 lead bytes). */
    private static NotUtf8Exception at(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new NotUtf8Exception(line, column, bytes[offset] & 0xFF);
    }
}
