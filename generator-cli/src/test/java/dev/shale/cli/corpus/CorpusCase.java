package dev.shale.cli.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** One folder of the diff corpus: the schema before ({@code old.sql}), after ({@code new.sql}), and what to expect. */
public record CorpusCase(String name, String oldSql, String newSql, Expectation expectation) {

    public CorpusCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(oldSql, "oldSql");
        Objects.requireNonNull(newSql, "newSql");
        Objects.requireNonNull(expectation, "expectation");
    }

    /** Reads the case in {@code folder}; fails naming the folder when {@code old.sql} or {@code new.sql} is missing. */
    public static CorpusCase read(Path folder) {
        String name = folder.getFileName().toString();
        Path expect = folder.resolve("expect.txt");
        Expectation expectation = Files.exists(expect)
                ? Expectation.parse(text(expect), name + "/expect.txt") : Expectation.APPLIES;
        return new CorpusCase(name, required(folder, "old.sql"), required(folder, "new.sql"), expectation);
    }

    /** Every case under {@code root} whose folder name matches the glob {@code only} (all when null), by name. */
    public static List<CorpusCase> readAll(Path root, String only) {
        PathMatcher matcher = only == null || only.isBlank() ? null
                : FileSystems.getDefault().getPathMatcher("glob:" + only);
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory)
                    .filter(folder -> matcher == null || matcher.matches(folder.getFileName()))
                    .sorted()
                    .map(CorpusCase::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + root, e);
        }
    }

    private static String required(Path folder, String file) {
        Path path = folder.resolve(file);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("corpus case " + folder.getFileName() + " has no " + file
                    + ": every case folder holds old.sql and new.sql (either may be empty)");
        }
        return text(path);
    }

    private static String text(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
