package dev.shale.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** A file's name (relative to its folder) and its bytes, as hashed into a sum file. */
public record NamedContent(String name, byte[] content) {

    public NamedContent {
        Objects.requireNonNull(name, "name");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** A file with this text, encoded as UTF-8. */
    public static NamedContent ofText(String name, String text) {
        return new NamedContent(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedContent that && name.equals(that.name) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }
}
