package dev.shale.migrations.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a path that Shale would read is, when it is not what Shale reads: a broken link, a named pipe, a
 * device, a socket. Asked before a file is opened, so that a FIFO named like a migration (which would block
 * the read forever) or a link to {@code /dev/zero} (which would fill the memory) is refused, never opened.
 */
public final class FileKinds {

    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKinds() {
    }

    /**
     * Why {@code file} cannot be read as a file, as the end of a sentence naming it ({@code "is a named pipe
     * (FIFO), not a regular file"}), or empty when it is a regular file (after following links) or missing.
     */
    static Optional<String> notRegular(Path file) {
        if (Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return Optional.of("is a broken link to " + target(file));
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            return Optional.of("is a folder, not a file");
        }
        String via = Files.isSymbolicLink(file) ? " (a link to " + target(file) + ")" : "";
        return Optional.of("is " + kind(file) + via + ", not a regular file");
    }

    /**
     * Why {@code folder} cannot be read as a folder, as the end of a sentence naming it, or empty when it is one
     * (after following links).
     */
    public static Optional<String> notFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
            return Optional.of("is a broken link to " + target(folder));
        }
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("does not exist");
        }
        String via = Files.isSymbolicLink(folder) ? " (a link to " + target(folder) + ")" : "";
        return Optional.of(Files.isRegularFile(folder) ? "is a file" + via + ", not a folder"
                : "is " + kind(folder) + via + ", not a folder");
    }

    private static String kind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_BITS;
            return switch (type) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** Where a symbolic link points, as written in the link. */
    public static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path that cannot be read";
        }
    }
}
