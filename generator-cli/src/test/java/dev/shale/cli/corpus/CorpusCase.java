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

/**
 * One folder of the diff corpus: the schema before ({@code old.sql}), after ({@code new.sql}), what to expect, the
 * oldest PostgreSQL major version it runs on ({@code requires.txt}: {@code postgres 15}; 13 without the file), the
 * further arguments of {@code shale diff} ({@code args}, such as rename options) and the queries whose rows must agree
 * after the migration ({@code rows.sql}).
 */
public record CorpusCase(String name, String oldSql, String newSql, Expectation expectation, int minimumPostgres,
        List<String> args, String rowsSql) {

    /** The oldest major version Shale supports, and so the corpus. */
    static final int OLDEST_POSTGRES = 13;

    public CorpusCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(oldSql, "oldSql");
        Objects.requireNonNull(newSql, "newSql");
        Objects.requireNonNull(expectation, "expectation");
        args = List.copyOf(args);
        Objects.requireNonNull(rowsSql, "rowsSql");
    }

    /** A case that runs on every supported version, without further arguments or row checks. */
    public CorpusCase(String name, String oldSql, String newSql, Expectation expectation) {
        this(name, oldSql, newSql, expectation, OLDEST_POSTGRES);
    }

    /** A case without further arguments or row checks. */
    public CorpusCase(String name, String oldSql, String newSql, Expectation expectation, int minimumPostgres) {
        this(name, oldSql, newSql, expectation, minimumPostgres, List.of(), "");
    }

    /** Reads the case in {@code folder}; fails naming the folder when {@code old.sql} or {@code new.sql} is missing. */
    public static CorpusCase read(Path folder) {
        String name = folder.getFileName().toString();
        Path expect = folder.resolve("expect.txt");
        Expectation expectation = Files.exists(expect)
                ? Expectation.parse(text(expect), name + "/expect.txt") : Expectation.APPLIES;
        Path requires = folder.resolve("requires.txt");
        int minimum = Files.exists(requires) ? minimumPostgres(text(requires), name + "/requires.txt") : OLDEST_POSTGRES;
        Path args = folder.resolve("args");
        Path rows = folder.resolve("rows.sql");
        return new CorpusCase(name, required(folder, "old.sql"), required(folder, "new.sql"), expectation, minimum,
                Files.exists(args) ? args(text(args), name + "/args") : List.of(),
                Files.exists(rows) ? text(rows) : "");
    }

    /**
     * The arguments an {@code args} file adds to {@code shale diff}: one option a line, its value after the first
     * space, taken as it is (no shell quoting: {@code --rename-table "Billing"."Lines"=public.lines}); blank lines and
     * lines starting with {@code #} are skipped.
     */
    static List<String> args(String text, String source) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (!stripped.startsWith("--")) {
                throw new IllegalArgumentException(source + ": a line is an option (--name value), found " + stripped);
            }
            int space = stripped.indexOf(' ');
            out.add(space < 0 ? stripped : stripped.substring(0, space));
            if (space >= 0) {
                out.add(stripped.substring(space + 1).strip());
            }
        }
        return out;
    }

    /** Reads {@code postgres N} (the one line that is neither blank nor a {@code #} comment) from a requires.txt. */
    static int minimumPostgres(String text, String source) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (lines.size() == 1 && lines.get(0).matches("postgres \\d+")) {
            int major = Integer.parseInt(lines.get(0).substring("postgres ".length()));
            if (major > OLDEST_POSTGRES) {
                return major;
            }
        }
        throw new IllegalArgumentException(source + ": write one line, postgres N, with N the oldest major version"
                + " (above " + OLDEST_POSTGRES + ") the case runs on; found " + lines);
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
        return sample(cases, SAMPLE_STEP, true);
    }

    /**
     * The first and every {@code step}th further case of each group; with {@code allRefusals} also every case expecting
     * a refusal and every {@code unmanaged_} case.
     */
    public static List<CorpusCase> sample(List<CorpusCase> cases, int step, boolean allRefusals) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        return cases.stream().filter(c -> {
            int index = seen.merge(group(c.name()), 1, Integer::sum) - 1;
            boolean refusal = c.name().startsWith("unmanaged_")
                    || c.expectation().outcome() == Expectation.Outcome.REFUSED;
            return allRefusals && refusal || index % step == 0;
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
