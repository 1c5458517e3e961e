package dev.shale.snapshot;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A snapshot id being computed: SHA-256 over {@code previousId + "\n"} and then the canonical JSON of the
 * schema written to this writer, encoded as UTF-8 on the way, as {@link String#getBytes} would (an unpaired
 * surrogate as {@code ?}), without ever holding the whole text. See {@link Snapshot#computeId}.
 */
final class ContentHash extends Writer {

    private static final int BUFFER = 8192;

    private final MessageDigest digest;
    private final byte[] buffer = new byte[BUFFER];
    private int used;
    /** A high surrogate written last, waiting for its low surrogate; 0 if none. */
    private char high;

    /** The hash of a snapshot following {@code previousId} ({@code null} for the first), its schema still to write. */
    ContentHash(String previousId) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
        if (previousId != null) {
            digest.update(previousId.getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) '\n');
    }

    /** The id: the first {@value Snapshot#ID_HEX_LENGTH} hex digits of the hash of everything written. */
    String id() {
        if (high != 0) {
            high = 0;
            write('?');
        }
        digest.update(buffer, 0, used);
        used = 0;
        return HexFormat.of().formatHex(digest.digest(), 0, Snapshot.ID_HEX_LENGTH / 2);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void write(int c) {
        write((char) c);
    }

    private void write(char c) {
        if (used > BUFFER - 4) {
            digest.update(buffer, 0, used);
            used = 0;
        }
        if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(pending, c);
                buffer[used++] = (byte) (0xf0 | (codePoint >> 18));
                buffer[used++] = (byte) (0x80 | ((codePoint >> 12) & 0x3f));
                buffer[used++] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
                buffer[used++] = (byte) (0x80 | (codePoint & 0x3f));
                return;
            }
            buffer[used++] = '?';
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xc0 | (c >> 6));
            buffer[used++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xe0 | (c >> 12));
            buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3f));
            buffer[used++] = (byte) (0x80 | (c & 0x3f));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
