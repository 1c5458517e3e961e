package dev.shale.examples.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.ShaleCommand;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's tour is real: every {@code console} block of README.md is run, in order, on a copy of the example
 * against a fresh database, and what each {@code $ ./shale ...} command prints must be what the README shows
 * (times, timestamps and the database URL aside). {@code $ export DATABASE_URL=...} points the following commands
 * at the test's database; {@code $ psql "$DATABASE_URL" -q -c "SQL"} runs SQL there. {@code generate} runs at the
 * instant of the example's last version, so regenerating it writes the very files the example keeps.
 */
@ExtendWith(PostgresExtension.class)
class ReadmeTourTest {

    private static final Path EXAMPLE = Path.of("").toAbsolutePath();
    private static final Path README = EXAMPLE.getParent().resolve("README.md");
    private static final Clock GENERATED_AT = Clock.fixed(Instant.parse("2026-11-21T21:36:41Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    /** With this system property set to true, the test writes what each command printed into README.md. */
    private static final String UPDATE_PROPERTY = "shale.readme.update";
    private static final boolean UPDATE = Boolean.getBoolean(UPDATE_PROPERTY);
    private static final String README_URL = "jdbc:postgresql://localhost:5432/portal?user=postgres";

    @Test
    void everyConsoleBlockOfTheReadmePrintsWhatItShows(TestDatabase db, @TempDir Path root) throws IOException {
        copyExample(root);

        List<Block> blocks = consoleBlocks(Files.readAllLines(README));
        assertFalse(blocks.isEmpty(), "README.md has no console block");
        Map<String, String> environment = new HashMap<>();
        Map<Integer, String> printed = new HashMap<>();
        for (Block block : blocks) {
            for (Command command : block.commands()) {
                String actual = run(command.line(), environment, root, db);
                printed.put(command.readmeLine(), actual);
                if (!UPDATE) {
                    assertEquals(normalise(command.expected()), normalise(actual),
                            "README.md line " + command.readmeLine() + ": $ " + command.line()
                                    + "\n--- it printed ---\n" + actual + "\n(-D" + UPDATE_PROPERTY
                                    + "=true writes what it printed into README.md)");
                }
            }
        }
        if (UPDATE) {
            Files.write(README, withOutputs(Files.readAllLines(README), printed));
        }
        assertTrue(blocks.stream().anyMatch(b -> b.commands().stream().anyMatch(c -> c.line().contains(" migrate"))),
                "the tour migrates");
    }

    @Test
    void regeneratingTheLastMigrationWritesTheFilesTheExampleKeeps(@TempDir Path root) throws IOException {
        Path example = copyExample(root);

        assertEquals(0, shale(Map.of(), LATER, example, "discard").code());
        assertEquals(0, shale(Map.of(), GENERATED_AT, example, "generate", "--name", "add_super_admin_role").code());

        for (String file : List.of("migrations/20261121213641_add_super_admin_role.sql",
                "migrations/20261121213641_add_super_admin_role.down.sql",
                "snapshots/20261121213641_add_super_admin_role.json", "migrations/shale.sum")) {
            assertEquals(Files.readString(EXAMPLE.resolve(file)), Files.readString(example.resolve(file)), file);
        }
    }

    private static String run(String line, Map<String, String> environment, Path root, TestDatabase db) {
        List<String> words = words(line);
        switch (words.get(0)) {
            case "export" -> {
                String assignment = words.get(1);
                environment.put(assignment.substring(0, assignment.indexOf('=')), db.jdbcUrl());
                return "";
            }
            case "psql" -> {
                String sql = words.get(words.indexOf("-c") + 1);
                try (Connection connection = DriverManager.getConnection(db.jdbcUrl());
                     Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new AssertionError("README.md: psql -c " + sql + " failed: " + e.getMessage(), e);
                }
                return "";
            }
            case "./shale" -> {
                List<String> args = new ArrayList<>(words.subList(1, words.size()));
                int project = args.indexOf("-C");
                Path dir = root.resolve(args.get(project + 1));
                args.remove(project + 1);
                args.remove(project);
                Clock clock = args.contains("generate") ? GENERATED_AT : LATER;
                Run run = shale(environment, clock, dir, args.toArray(String[]::new));
                return run.out() + run.err();
            }
            default -> throw new AssertionError("README.md: the tour cannot run " + line);
        }
    }

    private static Run shale(Map<String, String> environment, Clock clock, Path project, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("-C", project.toString()), Stream.of(args)).toArray(String[]::new);
        int code = ShaleCommand.execute(environment, clock, new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    /** Times, timestamps and the database's URL differ from run to run; the rest must not. */
    static String normalise(String text) {
        return text.replaceAll("jdbc:postgresql://[^/\\s]+/\\w+\\?user=postgres", README_URL)
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>")
                .replaceAll(" +\\d+ ms\\b", " <n> ms")
                .replaceAll("\\d+(\\.\\d+)? s\\)", "<n> s)")
                .strip();
    }

    /** The {@code console} blocks: {@code $ } lines are commands, the lines up to the next one their output. */
    static List<Block> consoleBlocks(List<String> readme) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).strip().equals("```console")) {
                continue;
            }
            List<Command> commands = new ArrayList<>();
            String command = null;
            int commandLine = 0;
            StringBuilder expected = new StringBuilder();
            for (i++; i < readme.size() && !readme.get(i).strip().equals("```"); i++) {
                String line = readme.get(i);
                if (line.startsWith("$ ")) {
                    if (command != null) {
                        commands.add(new Command(command, expected.toString(), commandLine));
                    }
                    command = line.substring(2).strip();
                    commandLine = i + 1;
                    expected.setLength(0);
                } else {
                    expected.append(line).append('\n');
                }
            }
            if (command != null) {
                commands.add(new Command(command, expected.toString(), commandLine));
            }
            blocks.add(new Block(commands));
        }
        return blocks;
    }

    /** The README with each command's shown output replaced by what it printed (keyed by the command's line). */
    static List<String> withOutputs(List<String> readme, Map<Integer, String> printed) {
        List<String> out = new ArrayList<>();
        boolean skipping = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (skipping && (line.startsWith("$ ") || line.strip().equals("```"))) {
                skipping = false;
            }
            if (skipping) {
                continue;
            }
            out.add(line);
            String output = printed.get(i + 1);
            if (output != null) {
                output.lines().map(ReadmeTourTest::shown).forEach(out::add);
                skipping = true;
            }
        }
        return out;
    }

    /** A printed line as the README shows it: the database's URL as the tour's export names it. */
    private static String shown(String line) {
        return line.replaceAll("jdbc:postgresql://[^/\\s]+/\\w+\\?user=postgres", README_URL).stripTrailing();
    }

    /** A command line split into words; double quotes group words. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    /** A copy of the example (its files and compiled records) as {@code examples/} under {@code root}. */
    private static Path copyExample(Path root) throws IOException {
        Path example = root.resolve("examples");
        for (String folder : List.of("migrations", "snapshots", "target/classes")) {
            copyTree(EXAMPLE.resolve(folder), example.resolve(folder));
        }
        Files.copy(EXAMPLE.resolve("shale.yaml"), example.resolve("shale.yaml"));
        return example;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** One console block of the README. */
    record Block(List<Command> commands) {
    }

    /** A {@code $ } line of a console block and the output the README shows under it. */
    record Command(String line, String expected, int readmeLine) {
    }

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }
}
