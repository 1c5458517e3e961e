package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every registered command answers {@code --help} and {@code -h} on standard output with exit 0, a usage, examples
 * and the one exit-code list of {@link ExitCode#TABLE}; docs/cli.md lists the same table; {@code --version} prints
 * the build's version and a line break.
 */
class HelpTest {

    /** Every subcommand's name, from {@link Subcommands#all()} (picocli's own help command aside). */
    private static List<String> commands() {
        List<String> names = new ArrayList<>();
        for (Class<?> type : Subcommands.all()) {
            if (type != CommandLine.HelpCommand.class) {
                names.add(type.getAnnotation(CommandLine.Command.class).name());
            }
        }
        return names;
    }

    @TestFactory
    List<DynamicTest> everyCommandAnswersHelpWithExamplesAndTheExitCodes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String command : commands()) {
            for (String option : List.of("--help", "-h")) {
                tests.add(DynamicTest.dynamicTest("shale " + command + " " + option, () -> {
                    Run run = run(command, option);
                    assertEquals(0, run.code(), run.toString());
                    assertEquals("", run.err(), run.toString());
                    assertTrue(run.out().startsWith("Usage: shale " + command), run.toString());
                    String examples = section(run.out(), "Examples:");
                    assertTrue(examples.contains("  shale " + command) || examples.contains("  shale -C"),
                            "examples of " + command + ":\n" + run.out());
                    for (String line : examples.split("\\R")) {
                        assertTrue(line.isBlank() || line.startsWith("  shale "), "an example wraps: " + line);
                    }
                    assertEquals(ExitCode.helpList(), exitCodes(run.out()), run.toString());
                    assertNoAnsi(run.out());
                }));
            }
        }
        return tests;
    }

    @Test
    void theTopLevelHelpListsTheCommandsAndTheExitCodes() {
        Run run = run("--help");
        assertEquals(0, run.code(), run.toString());
        commands().forEach(command -> assertTrue(run.out().contains("  " + command + " "), command + "\n" + run.out()));
        assertTrue(run.out().contains("--quiet") && run.out().contains("--no-color"), run.out());
        assertEquals(ExitCode.helpList(), exitCodes(run.out()), run.out());
    }

    @Test
    void versionIsTheBuildsWithALineBreak() throws IOException {
        String expected;
        try (var in = HelpTest.class.getResourceAsStream("/dev/shale/cli/version.properties")) {
            var properties = new java.util.Properties();
            properties.load(in);
            expected = properties.getProperty("version");
        }
        assertTrue(expected.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), expected);
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"})) {
            Run run = run(args);
            assertEquals(0, run.code(), run.toString());
            assertEquals("shale " + expected + System.lineSeparator(), run.out());
        }
    }

    @Test
    void theDocumentedExitCodesAreTheTable() throws IOException {
        for (Path doc : List.of(Path.of("..", "docs", "cli.md"), Path.of("..", "README.md"))) {
            String text = Files.readString(doc);
            Map<String, String> documented = new LinkedHashMap<>();
            Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| (.+) \\|$").matcher(text);
            while (row.find()) {
                documented.put(row.group(1), row.group(2));
            }
            assertEquals(ExitCode.helpList(), documented, doc.toString());
        }
    }

    /** The exit-code list of a help text: code to meaning, wrapped lines joined. */
    static Map<String, String> exitCodes(String help) {
        Map<String, String> codes = new LinkedHashMap<>();
        String section = section(help, "Exit codes:");
        String code = null;
        for (String line : section.split("\\R")) {
            Matcher start = Pattern.compile("^\\s+(\\d+)\\s{2,}(.*)$").matcher(line);
            if (start.matches()) {
                code = start.group(1);
                codes.put(code, start.group(2).strip());
            } else if (code != null && !line.isBlank()) {
                codes.put(code, codes.get(code) + " " + line.strip());
            }
        }
        return codes;
    }

    /** The lines after {@code heading} up to the next heading (a line ending with a colon at column 0) or the end. */
    private static String section(String help, String heading) {
        int at = help.indexOf("\n" + heading + System.lineSeparator());
        assertTrue(at >= 0, "no " + heading + " in:\n" + help);
        String rest = help.substring(at + heading.length() + 1 + System.lineSeparator().length());
        Matcher next = Pattern.compile("(?m)^\\S.*:$").matcher(rest);
        return next.find() ? rest.substring(0, next.start()) : rest;
    }

    static void assertNoAnsi(String text) {
        assertFalse(text.contains("\u001b["), "ANSI escape in:\n" + text);
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShaleCommand.execute(Map.of(), Clock.systemUTC(), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
