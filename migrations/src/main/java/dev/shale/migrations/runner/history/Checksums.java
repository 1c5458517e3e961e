package dev.shale.migrations.runner.history;

import dev.shale.snapshot.NamedContent;
import dev.shale.snapshot.SumFile;
import java.util.List;

/**
 * A migration file's checksum as the history table stores it: exactly its {@code shale.sum} entry,
 * {@code h1:} and the base64 SHA-256 of its bytes with CRLF read as LF, so a Windows checkout matches
 * and the history can be compared with {@code shale.sum} by eye.
 */
public final class Checksums {

    private static final String NAME = "file.sql";

    private Checksums() {
    }

    /** The checksum of these bytes. */
    public static String of(byte[] content) {
        return SumFile.of(List.of(new NamedContent(NAME, content))).entries().get(NAME);
    }
}
