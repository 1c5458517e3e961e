package dev.shale.migrations.runner.source;

import java.util.Objects;

/** A migration file as read: its name for messages, its text and its checksum (see {@code Checksums}). */
public record SourceFile(String display, String text, String checksum) {

    public SourceFile {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(checksum, "checksum");
    }
}
