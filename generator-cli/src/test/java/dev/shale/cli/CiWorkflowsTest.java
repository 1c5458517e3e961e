package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The CI files under docs/ci (the ones docs/ci.md shows) are valid YAML, and every {@code ./shale} command they
 * run parses with today's command line: a renamed command or option fails this test, so the docs cannot rot.
 */
class CiWorkflowsTest {

    private static final Path DOCS = Path.of("..", "docs", "ci");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** {@code ./shale ARGS}, up to a redirection, a pipe, {@code ||}, {@code &&} or {@code ;}. */
    private static final Pattern SHALE = Pattern.compile("\\./shale((?:[ \\t]+(?:\"[^\"]*\"|'[^']*'|[^\\s|&;>]+))*)");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");

    @Test
    void theGitHubWorkflowRunsCommandsShaleHas() throws IOException {
        JsonNode workflow = YAML.readTree(Files.readString(DOCS.resolve("github-actions.yml")));
        List<String> scripts = new ArrayList<>();
        for (JsonNode job : iterable(workflow.get("jobs"))) {
            assertTrue(job.has("services") && job.get("services").has("postgres"), "a PostgreSQL service");
            for (JsonNode step : job.get("steps")) {
                if (step.has("run")) {
                    scripts.add(step.get("run").asText());
                }
                if (step.has("uses") && step.get("uses").asText().startsWith("actions/checkout")) {
                    assertEquals(0, step.get("with").get("fetch-depth").asInt(), "the whole history");
                }
            }
        }
        List<List<String>> commands = shaleCommands(scripts);
        assertCommandsParse(commands);
        assertRuns(commands, "migrate", "check", "lint");
        assertTrue(commands.stream().anyMatch(c -> c.contains("--review") && c.contains("--since")
                && c.contains("--db")), commands.toString());
        assertTrue(String.join("\n", scripts).contains("mvn -q install -DskipTests"), "builds Shale");
    }

    @Test
    void theGitLabPipelineRunsCommandsShaleHas() throws IOException {
        JsonNode pipeline = YAML.readTree(Files.readString(DOCS.resolve("gitlab-ci.yml")));
        List<String> scripts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> job : iterable(pipeline.fields())) {
            if (job.getValue().has("script")) {
                job.getValue().get("script").forEach(line -> scripts.add(line.asText()));
            }
        }
        assertTrue(pipeline.get("shale-check").get("services").toString().contains("postgres"), "a postgres service");
        assertTrue(pipeline.get("shale-check").get("artifacts").get("paths").toString().contains("shale-lint.sarif"));
        List<List<String>> commands = shaleCommands(scripts);
        assertCommandsParse(commands);
        assertRuns(commands, "migrate", "check", "lint");
        assertTrue(String.join("\n", scripts).contains("merge_requests/$CI_MERGE_REQUEST_IID/notes"), "posts a note");
    }

    /** Each {@code ./shale} invocation's arguments, shell variables replaced by a sample value. */
    private static List<List<String>> shaleCommands(List<String> scripts) {
        List<List<String>> commands = new ArrayList<>();
        for (String script : scripts) {
            Matcher matcher = SHALE.matcher(script.replace("\\\n", " "));
            while (matcher.find()) {
                List<String> args = new ArrayList<>();
                Matcher word = WORD.matcher(matcher.group(1));
                while (word.find()) {
                    String text = word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2)
                            : word.group(3);
                    args.add(text.replaceAll("\\$\\{\\{[^}]*}}|\\$\\{[^}]*}|\\$[A-Za-z_]+", "20261121093000"));
                }
                commands.add(args);
            }
        }
        assertTrue(!commands.isEmpty(), "the file runs shale");
        return commands;
    }

    private static void assertCommandsParse(List<List<String>> commands) {
        for (List<String> args : commands) {
            String[] array = args.toArray(String[]::new);
            CommandLine commandLine = new CommandLine(new ShaleCommand(Map.of(), Clock.systemUTC()));
            Subcommands.register(commandLine, array);
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            try {
                CommandLine.ParseResult result = commandLine.parseArgs(array);
                assertTrue(result.hasSubcommand(), "names a command: " + args);
            } catch (CommandLine.ParameterException e) {
                fail("shale " + String.join(" ", args) + " does not parse: " + e.getMessage());
            }
        }
    }

    private static void assertRuns(List<List<String>> commands, String... names) {
        for (String name : names) {
            assertTrue(commands.stream().anyMatch(c -> name.equals(Subcommands.named(c.toArray(String[]::new)))),
                    "runs shale " + name + ": " + commands);
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }
}
