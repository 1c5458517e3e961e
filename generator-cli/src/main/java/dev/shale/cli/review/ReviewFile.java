package dev.shale.cli.review;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a review file whole or not at all: into a temporary file beside it, then moved over it. */
public final class ReviewFile {

    private ReviewFile() {
    }

    /**
     * Writes {@code text} to {@code file} (relative to {@code projectDir} unless absolute), creating its folder.
     *
     * @throws CommandException (usage error) naming the file when it cannot be written; the file is then untouched
     */
    public static void write(Path projectDir, Path file, String text) {
        Path absolute = projectDir.resolve(file).toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is named after the review; the message below matters more
                }
            }
            throw new CommandException(ExitCode.USAGE, "cannot write the review " + file + ": " + e.getMessage(),
                    "give --review a file in a folder this process can write", e);
        }
    }
}
