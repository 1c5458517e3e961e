package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code --format json} command, run on a real project and fresh PostgreSQL databases, prints one document
 * that its JSON Schema ({@code dev/shale/cli/schemas/<command>.schema.json}, draft 2020-12) accepts, with
 * {@code "schemaVersion": 1}; every schema is itself a valid draft 2020-12 schema; and with {@code --format json}
 * standard output holds that document alone (no progress lines, even for migrate and rollback).
 */
class JsonSchemasTest {

    /** The commands with --format json; each has its schema. */
    static final List<String> JSON_COMMANDS = List.of("init", "generate", "create", "discard", "hash", "migrate",
            "status", "rollback", "diff", "push", "check", "lint", "pull", "verify");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final Set<String> validated = new LinkedHashSet<>();
    private Instant now = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void everySchemaIsAValidDraft202012SchemaWithSchemaVersionOne() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String command : JSON_COMMANDS) {
            JsonNode schema = schemaNode(command);
            assertEquals(Set.of(), meta.validate(schema), command);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText(), command);
            assertEquals(1, schema.at("/properties/schemaVersion/const").asInt(), command);
            assertTrue(schema.get("required").toString().contains("\"schemaVersion\""), command);
        }
    }

    @Test
    void everyCommandWithFormatJsonHasASchema() {
        picocli.CommandLine shale = new picocli.CommandLine(new ShaleCommand(Map.of(), java.time.Clock.systemUTC()));
        Subcommands.register(shale);
        List<String> withJson = new ArrayList<>();
        shale.getSubcommands().forEach((name, command) -> {
            var format = command.getCommandSpec().findOption("--format");
            if (format != null && format.completionCandidates() != null) {
                for (String value : format.completionCandidates()) {
                    if (value.equalsIgnoreCase("json")) {
                        withJson.add(name);
                    }
                }
            }
        });
        assertEquals(JSON_COMMANDS.stream().sorted().toList(), withJson.stream().sorted().toList());
    }

    @Test
    void docsListEverySchemaWithItsVersion() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "cli.md"));
        for (String command : JSON_COMMANDS) {
            assertTrue(doc.contains("| `" + command + "` | `" + command + ".schema.json` | 1 |"), command);
        }
        assertEquals(JSON_COMMANDS.size(), java.util.regex.Pattern.compile("\\.schema\\.json` \\| \\d+ \\|")
                .matcher(doc).results().count(), "docs/cli.md lists a schema no command has");
    }

    @Test
    void lintsSchemaIsTheLintModulesReport() throws IOException {
        JsonNode mine = schemaNode("lint");
        JsonNode lint;
        try (InputStream in = JsonSchemasTest.class.getResourceAsStream("/dev/shale/lint/lint-report.schema.json")) {
            lint = JSON.readTree(in);
        }
        assertEquals(lint.get("properties"), mine.get("properties"));
        assertEquals(lint.get("required"), mine.get("required"));
    }

    @Test
    void everyJsonCommandsOutputMatchesItsSchemaOnARealProjectAndDatabase() throws IOException {
        try (TestDatabase db = TestDatabase.create(); TestDatabase pushed = TestDatabase.create()) {
            Path dir = temp.resolve("project");
            Files.createDirectories(dir);
            Map<String, String> env = new HashMap<>();
            env.put("DATABASE_URL", db.jdbcUrl());
            env.put("PATH", System.getenv().getOrDefault("PATH", ""));

            json("init", env, dir, "init", "--format", "json");
            new TestProject(dir).withFixture("valid");
            json("generate", env, dir, "generate", "--name", "create_notes", "--format", "json");
            json("generate", env, dir, "generate", "--format", "json");
            JsonNode created = json("create", env, dir, "create", "seed_notes", "--format", "json");
            assertEquals("seed_notes", created.get("name").asText());
            json("discard", env, dir, "discard", "--format", "json");
            json("hash", env, dir, "hash", "--format", "json");
            json("status", env, dir, "status", "--format", "json");
            json("migrate", env, dir, "migrate", "--dry-run", "--format", "json");
            JsonNode migrated = json("migrate", env, dir, "migrate", "--format", "json");
            assertEquals(1, migrated.get("applied").size(), migrated.toString());
            json("migrate", env, dir, "migrate", "--format", "json");
            json("status", env, dir, "status", "--format", "json");
            json("check", env, dir, "check", "--db", "--format", "json");
            json("lint", env, dir, "lint", "--all", "--format", "json");
            json("diff", env, dir, "diff", "--from", "empty", "--to", "latest", "--format", "json");
            json("diff", env, dir, "diff", "--from", db.jdbcUrl(), "--to", "records", "--format", "json");
            json("push", env, dir, "push", "--url", pushed.jdbcUrl(), "--dry-run", "--format", "json");
            JsonNode push = json("push", env, dir, "push", "--url", pushed.jdbcUrl(), "--format", "json");
            assertTrue(push.get("pushed").asBoolean(), push.toString());
            json("push", env, dir, "push", "--url", pushed.jdbcUrl(), "--format", "json");

            Path pulledDir = temp.resolve("pulled");
            Files.createDirectories(pulledDir);
            Map<String, String> pulledEnv = new HashMap<>(env);
            pulledEnv.put("DATABASE_URL", pushed.jdbcUrl());
            JsonNode pull = json("pull", pulledEnv, pulledDir, "pull", "--out", "src/main/java", "--package",
                    "com.example.pulled", "--format", "json");
            assertEquals(1, pull.get("tables").asInt(), pull.toString());
            json("migrate", pulledEnv, pulledDir, "migrate", "--baseline", "--format", "json");

            json("rollback", env, dir, "rollback", "--dry-run", "--format", "json");
            JsonNode rolledBack = json("rollback", env, dir, "rollback", "--format", "json");
            assertEquals(1, rolledBack.get("rolledBack").size(), rolledBack.toString());
            // the throwaway database is made on the test server, next to db (which is only connected to)
            json("verify", env, dir, "verify", "--dev-url", db.jdbcUrl(), "--format", "json");

            // findings have their shape too: a hand edit breaks shale.sum (check exit 4, status exit 1)
            Path up = dir.resolve("migrations/20261121093100_create_notes.sql");
            Files.writeString(up, Files.readString(up) + "-- edited by hand\n");
            JsonNode check = json("check", env, dir, "check", "--db", "--format", "json");
            assertEquals("SUM_MISMATCH", check.get("findings").get(0).get("kind").asText(), check.toString());
            JsonNode status = json("status", env, dir, "status", "--format", "json");
            assertEquals(1, status.get("problems").size(), status.toString());
        }
        assertEquals(new LinkedHashSet<>(JSON_COMMANDS), new LinkedHashSet<>(JSON_COMMANDS.stream()
                .filter(validated::contains).toList()), "commands validated: " + validated);
    }

    /** Runs {@code args} and validates its standard output, one JSON document, against {@code command}'s schema. */
    private JsonNode json(String command, Map<String, String> env, Path dir, String... args) throws IOException {
        InProcessShale.Output output = InProcessShale.run(env, now, dir, args);
        now = now.plusSeconds(60);
        String description = String.join(" ", args) + "\n" + output.all();
        assertTrue(Set.of(ExitCode.OK, ExitCode.FINDINGS, ExitCode.INTEGRITY).contains(output.exitCode()), description);
        String dump = System.getenv("SHALE_DUMP_JSON");
        if (dump != null) {
            Files.createDirectories(Path.of(dump));
            Files.writeString(Path.of(dump, command + "-" + now.getEpochSecond() + ".json"), output.out());
        }
        JsonNode document;
        try (JsonParser parser = JSON.createParser(output.out())) {
            document = JSON.readTree(parser);
            assertNull(parser.nextToken(), "more than one JSON document (or text after it): " + description);
        }
        assertEquals(Set.of(), schema(command).validate(document), description);
        assertEquals(1, document.get("schemaVersion").asInt(), description);
        if (document.has("command")) { // lint's report (the lint module's shape) has none
            assertEquals(command, document.get("command").asText().equals("baseline") ? "migrate"
                    : document.get("command").asText(), description);
        }
        validated.add(command);
        return document;
    }

    static JsonSchema schema(String command) {
        try (InputStream in = resource(command)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaNode(String command) throws IOException {
        try (InputStream in = resource(command)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String command) {
        InputStream in = JsonSchemasTest.class.getResourceAsStream("/dev/shale/cli/schemas/" + command + ".schema.json");
        assertNotNull(in, "no schema for " + command);
        return in;
    }
}
