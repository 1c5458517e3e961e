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

    /**
     * The default sample of {@code cases} (sorted by name): every case expecting a refusal and every {@code unmanaged_}
     * case, plus the first and every {@value #SAMPLE_STEP}th further case of each group (the name's prefix up to its
     * first {@code _}), so that every group runs and the same cases run each time.
     */
    public static List<CorpusCase> sample(List<CorpusCase> cases) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        return cases.stream().filter(c -> {
            int index = seen.merge(group(c.name()), 1, Integer::sum) - 1;
            return c.name().startsWith("unmanaged_") || c.expectation().outcome() == Expectation.Outcome.REFUSED
                    || index % SAMPLE_STEP == 0;
        }).toList();
    }

    /** One case in this many of a group runs in the default sample. */
    static final int SAMPLE_STEP = 4;

    /** The group of a case: its name up to the first {@code _} ({@code index} for {@code index_add}). */
    static String group(String name) {
        int underscore = name.indexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore);
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
