package dev.shale.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every format of one report; JSON against the shipped schema, SARIF against the official SARIF 2.1.0 schema. */
class LintOutputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final LintReport REPORT = Linter.lint(List.of(
            new Linter.Source("migrations/20261201000000_orders.sql", """
                    SET lock_timeout = '2s';
                    CREATE INDEX orders_at ON orders (created_at);
                    -- shale:allow drop-column nobody reads it since release 40
                    ALTER TABLE orders DROP COLUMN legacy;
                    CREATE TABLE notes (body char(10));
                    """),
            new Linter.Source("migrations/20261202000000_bad file.sql", "DO $$ BEGIN END $$;")));

    @Test
    void jsonMatchesItsSchema() throws Exception {
        JsonNode json = MAPPER.readTree(LintOutput.render(REPORT, LintFormat.JSON));
        assertEquals(Set.of(), validate("/dev/shale/lint/lint-report.schema.json", SpecVersion.VersionFlag.V7, json));
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals(4, json.get("findings").size());
        assertEquals(1, json.get("summary").get("accepted").asInt());
        assertEquals(1, json.get("summary").get("errors").asInt());
        JsonNode accepted = json.get("findings").get(1);
        assertEquals("drop-column", accepted.get("code").asText());
        assertEquals("nobody reads it since release 40", accepted.get("acceptedReason").asText());
    }

    @Test
    void schemaRejectsAnAcceptedFindingWithoutItsReason() throws Exception {
        JsonNode json = MAPPER.readTree(LintOutput.render(REPORT, LintFormat.JSON));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("findings").get(1)).remove("acceptedReason");
        assertTrue(!validate("/dev/shale/lint/lint-report.schema.json", SpecVersion.VersionFlag.V7, json).isEmpty());
    }

    @Test
    void sarifMatchesTheSarifSchema() throws Exception {
        JsonNode sarif = MAPPER.readTree(LintOutput.render(REPORT, LintFormat.SARIF));
        assertEquals(Set.of(), validate("/dev/shale/lint/sarif-2.1.0-rtm.5.json", SpecVersion.VersionFlag.V4, sarif));
        JsonNode run = sarif.get("runs").get(0);
        JsonNode first = run.get("results").get(0);
        assertEquals("index-not-concurrent", first.get("ruleId").asText());
        assertEquals("error", first.get("level").asText());
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertEquals("migrations/20261201000000_orders.sql", location.get("artifactLocation").get("uri").asText());
        assertEquals(2, location.get("region").get("startLine").asInt());
        JsonNode rule = run.get("tool").get("driver").get("rules").get(first.get("ruleIndex").asInt());
        assertEquals("index-not-concurrent", rule.get("id").asText());
        assertTrue(rule.get("help").get("text").asText().contains("CONCURRENTLY in a non-transactional step"));
        assertEquals("inSource", run.get("results").get(1).get("suppressions").get(0).get("kind").asText());
        assertEquals("migrations/20261202000000_bad%20file.sql", run.get("results").get(3).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("level", "fatal");
        assertTrue(!validate("/dev/shale/lint/sarif-2.1.0-rtm.5.json", SpecVersion.VersionFlag.V4, sarif).isEmpty());
    }

    @Test
    void text() {
        String text = LintOutput.render(REPORT, LintFormat.TEXT);
        assertEquals("""
                migrations/20261201000000_orders.sql:2: error index-not-concurrent orders_at: CREATE INDEX on orders \
                without CONCURRENTLY
                  why: CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds.
                  instead: CREATE INDEX CONCURRENTLY in a non-transactional step.
                migrations/20261201000000_orders.sql:4: accepted drop-column orders.legacy: DROP COLUMN orders.legacy \
                (nobody reads it since release 40)
                """, text.substring(0, text.indexOf("migrations/20261201000000_orders.sql:5")));
        assertTrue(text.endsWith("2 files: 1 error, 1 warning, 1 note unaccepted; 1 accepted.\n"), text);
    }

    @Test
    void markdown() {
        String markdown = LintOutput.render(REPORT, LintFormat.MARKDOWN);
        assertTrue(markdown.startsWith("## shale lint\n\n2 files: 1 error, 1 warning, 1 note unaccepted; 1 accepted.\n"),
                markdown);
        assertTrue(markdown.contains("| migrations/20261201000000_orders.sql | 2 | error | `index-not-concurrent` |"
                + " orders_at | CREATE INDEX on orders without CONCURRENTLY |\n"), markdown);
        assertTrue(markdown.contains("| migrations/20261201000000_orders.sql | 4 | accepted: nobody reads it since"
                + " release 40 | `drop-column` |"), markdown);
        assertTrue(markdown.contains("| `char-field` | char(n) pads values"), markdown);
    }

    private static Set<ValidationMessage> validate(String resource, SpecVersion.VersionFlag version, JsonNode json)
            throws Exception {
        try (InputStream in = LintOutputTest.class.getResourceAsStream(resource)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(version).getSchema(in);
            return schema.validate(json);
        }
    }
}
