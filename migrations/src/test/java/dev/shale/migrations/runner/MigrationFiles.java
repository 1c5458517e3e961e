package dev.shale.migrations.runner;

import dev.shale.api.MigrationSource;
import dev.shale.migrations.files.MigrationDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project's {@code migrations/} folder under a temporary directory, for tests: writes up and down
 * files and keeps {@code shale.sum} valid (written by {@link MigrationDirectory#writeSum}, i.e. SumFile).
 */
final class MigrationFiles {

    private final Path folder;

    MigrationFiles(Path root) {
        this.folder = root.resolve("migrations");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    MigrationSource source() {
        return MigrationSource.folder(folder);
    }

    /** Writes {@code <version>_<name>.sql} (a plain, transactional file) and re-hashes. */
    MigrationFiles up(String version, String name, String sql) {
        return write(version + "_" + name + ".sql", sql);
    }

    /** Writes {@code <version>_<name>.down.sql} and re-hashes. */
    MigrationFiles down(String version, String name, String sql) {
        return write(version + "_" + name + ".down.sql", sql);
    }

    /** Writes a file and re-hashes. */
    MigrationFiles write(String fileName, String content) {
        writeWithoutHash(fileName, content);
        hash();
        return this;
    }

    /** Writes a file without updating {@code shale.sum} (a hand edit). */
    MigrationFiles writeWithoutHash(String fileName, String content) {
        try {
            Files.writeString(folder.resolve(fileName), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Deletes a file and re-hashes. */
    MigrationFiles delete(String fileName) {
        try {
            Files.delete(folder.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hash();
        return this;
    }

    /** What {@code shale hash} does. */
    void hash() {
        new MigrationDirectory(folder.getParent(), folder, folder.resolveSibling("snapshots")).writeSum();
    }

    /** A generated-style header. */
    static String header(boolean transactional, String hazards) {
        return "-- Shale migration (up)\n-- shale:transactional " + transactional + "\n-- shale:hazards " + hazards
                + "\n--\n";
    }
}
