package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code generate} says about hazards, on a change with every kind of them (fixtures hazardsbefore, then
 * hazardsafter: a rename, a NOT NULL column added, a column set NOT NULL, a drop, a unique constraint, a check, an
 * index and a foreign key on the existing orders, and a new table invoices): the header's {@code shale:hazard}
 * lines, its output as text, and as JSON that its JSON Schema accepts.
 */
class GenerateHazardsTest {

    private static final String CHANGE = "migrations/20261121093100_change.sql";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private TestProject.Run changed(TestProject project, String... format) {
        assertEquals(0, project.withFixture("hazardsbefore").withPlainDdl().run("generate", "--name", "create").exitCode());
        List<String> args = new ArrayList<>(List.of("generate", "--name", "change"));
        args.addAll(List.of(format));
        TestProject.Run run = project.withFixture("hazardsafter").withPlainDdl().run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void theHeaderListsEveryHazardWithItsCodeSeverityAndObject() {
        TestProject project = new TestProject(temp);
        changed(project);

        String up = project.read(CHANGE);
        String header = up.substring(0, up.indexOf("\n\n-- shale:step") + 1);
        assertEquals(resource("golden/hazards.up.header.sql"), header);
        // the new table's unique constraint and index are not hazards: nothing to protect
        assertTrue(up.contains("CREATE INDEX invoices_total_idx ON public.invoices (total);"), up);
        assertTrue(header.lines().filter(line -> line.startsWith("-- shale:hazard "))
                .noneMatch(line -> line.contains("invoices")), header);
    }

    @Test
    void generatePrintsEachHazardWithItsCodeSeverityAndTheSaferWay() {
        TestProject.Run run = changed(new TestProject(temp));

        assertTrue(run.out().contains("Hazards (also in the migration's header):\n"
                + "  backward-incompatible-rename (warning, backward incompatible) public.orders.note: The release still"
                + " running fails where it uses column public.orders.note, renamed to comment here.\n"
                + "    safer: Expand and contract: add the new column (or a view under the new name), write both,"
                + " switch, then drop the old one.\n"), run.out());
        assertTrue(run.out().contains("\n  index-not-concurrent (error, long lock) public.orders_customer_id_idx:"
                + " Creating index orders_customer_id_idx blocks writes to public.orders while it builds.\n"
                + "    safer: CREATE INDEX CONCURRENTLY in a non-transactional step.\n"), run.out());
        assertTrue(run.out().contains("\n  drop-column (error, data loss) public.orders.legacy: Dropping column"
                + " public.orders.legacy deletes its values.\n"), run.out());
    }

    @Test
    void generatePrintsTheHazardsAsJsonThatItsSchemaAccepts() throws IOException {
        TestProject.Run run = changed(new TestProject(temp), "--format", "json");

        JsonNode json = validated(run.out());
        assertEquals(1, json.get("schemaVersion").asInt());
        assertTrue(json.get("changed").asBoolean());
        assertEquals("20261121093100", json.get("migration").get("version").asText());
        assertEquals("change", json.get("migration").get("name").asText());
        assertEquals(List.of("backward-incompatible-rename", "fails-on-rows", "not-null-without-default",
                "set-not-null-scan", "fails-on-rows", "not-null-without-default", "drop-column", "irreversible-down",
                "backward-incompatible-drop", "unique-under-lock", "validate-in-same-transaction",
                "index-not-concurrent", "validate-in-same-transaction"), texts(json.get("hazards"), "code"));
        JsonNode drop = json.get("hazards").get(6);
        assertEquals("error", drop.get("severity").asText());
        assertEquals("data-loss", drop.get("kind").asText());
        assertEquals("public.orders.legacy", drop.get("object").asText());
        assertEquals("Dropping column public.orders.legacy deletes its values.", drop.get("message").asText());
        assertEquals("Dropping a column deletes its values.", drop.get("why").asText());
        assertEquals("Stop reading the column in a release first, then drop it in a later migration.",
                drop.get("alternative").asText());
        assertEquals("[\"column public.orders.legacy\"]", drop.get("losses").toString());
        assertEquals(List.of("drop-index-not-concurrent", "drop-column", "backward-incompatible-drop", "drop-table",
                "backward-incompatible-drop", "backward-incompatible-rename"), texts(json.get("downHazards"), "code"));
        assertEquals(List.of("migrations/20261121093100_change.sql", "migrations/20261121093100_change.down.sql",
                "snapshots/20261121093100_change.json", "migrations/shale.sum"), texts(json.get("written"), null));
    }

    @Test
    void nothingToGenerateIsJsonToo() throws IOException {
        TestProject project = new TestProject(temp).withFixture("hazardsbefore").withPlainDdl();
        assertEquals(0, project.run("generate").exitCode());

        TestProject.Run run = project.run("generate", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = validated(run.out());
        assertTrue(!json.get("changed").asBoolean());
        assertTrue(json.get("migration").isNull());
        assertEquals(0, json.get("hazards").size());
        assertEquals(0, json.get("written").size());
    }

    @Test
    void theSchemaIsAValidDraft2020Schema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(resource("/dev/shale/cli/schemas/generate.schema.json"),
                InputFormat.JSON));
    }

    /** {@code out} read as JSON, after checking it against generate's JSON Schema. */
    private static JsonNode validated(String out) throws IOException {
        JsonSchema schema;
        try (InputStream in = GenerateHazardsTest.class.getResourceAsStream("/dev/shale/cli/schemas/generate.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode json = JSON.readTree(out);
        Set<ValidationMessage> errors = schema.validate(json);
        assertEquals(Set.of(), errors, out);
        return json;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(field == null ? item.asText() : item.get(field).asText()));
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = GenerateHazardsTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
