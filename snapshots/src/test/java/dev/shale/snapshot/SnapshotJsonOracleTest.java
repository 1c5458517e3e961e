package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streaming {@link SnapshotJson} against the former databind one, on random models and the examples. */
class SnapshotJsonOracleTest {

    private static final String FILE = "snapshots/20261121093000_random.json";
    private static final int MODELS = 300;
    private static final ObjectMapper TREES = new ObjectMapper();

    @Test
    void writesTheSameBytesAndReadsBackEveryRandomModel() {
        RandomModels models = new RandomModels(20261122L);
        Random random = new Random(7);
        for (int i = 0; i < MODELS; i++) {
            SchemaModel model = models.model();
            String previousId = random.nextBoolean() ? null : hex(random);
            String canonical = SnapshotJson.canonicalSchema(model);
            assertEquals(DatabindSnapshotJson.canonicalSchema(model), canonical, "model " + i);
            assertEquals(DatabindSnapshotJson.computeId(previousId, model), Snapshot.computeId(previousId, model));
            Snapshot snapshot = Snapshot.next(previousId, model);
            String json = SnapshotJson.write(snapshot);
            assertEquals(DatabindSnapshotJson.write(snapshot), json, "model " + i);
            assertEquals(snapshot, SnapshotJson.read(json, FILE), "model " + i);
            assertEquals(snapshot, DatabindSnapshotJson.read(json, FILE), "model " + i);
        }
    }

    @Test
    void readsFilesLaidOutOrOrderedDifferentlyAsBefore() throws IOException {
        RandomModels models = new RandomModels(99L);
        Random random = new Random(11);
        for (int i = 0; i < MODELS / 3; i++) {
            Snapshot snapshot = Snapshot.next(random.nextBoolean() ? null : hex(random), models.model());
            String json = SnapshotJson.write(snapshot);
            String spaced = json.replace("\n", "\r\n").replace("  ", "\t").replace(": ", " :  ");
            String reordered = TREES.writeValueAsString(reordered(TREES.readTree(json), random));
            for (String variant : List.of(spaced, reordered)) {
                assertEquals(snapshot, SnapshotJson.read(variant, FILE), variant);
                assertEquals(snapshot, DatabindSnapshotJson.read(variant, FILE), variant);
            }
        }
    }

    @Test
    void readsTheExampleSnapshotsAsBeforeAndWritesThemBackByteForByte() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("..", "examples", "snapshots"))) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(5, files.size(), files.toString());
        for (Path file : files) {
            String text = Files.readString(file);
            Snapshot read = SnapshotJson.read(text, file.toString());
            if (!text.contains("\"postgresSpelling\"")) {
                // the former reader predates the spelling section that generate writes today
                assertEquals(DatabindSnapshotJson.read(text, file.toString()), read, file.toString());
            }
            assertEquals(text, SnapshotJson.write(read), file.toString());
        }
    }

    @Test
    void writesTheSameBytesForALargeModel() {
        Snapshot snapshot = Snapshot.next(null, RandomModels.large(200, 10, 3));
        String json = SnapshotJson.write(snapshot);
        assertEquals(DatabindSnapshotJson.write(snapshot), json);
        assertEquals(snapshot, SnapshotJson.read(json, FILE));
    }

    /**
     * The same document with each object's keys shuffled, and what reads as absent spelled out: a
     * {@code null} previous id, comment, default, identity or where, empty lists, a dimension of 0.
     * {@code field} is the field the node is the value (or an element of the value) of.
     */
    private static JsonNode reordered(JsonNode node, Random random) {
        return reordered(node, "", random);
    }

    private static JsonNode reordered(JsonNode node, String field, Random random) {
        if (node.isArray()) {
            ArrayNode out = TREES.createArrayNode();
            node.forEach(element -> out.add(reordered(element, field, random)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = TREES.createObjectNode();
        node.fields().forEachRemaining(e -> copy.set(e.getKey(), reordered(e.getValue(), e.getKey(), random)));
        switch (field) {
            case "" -> copy.putIfAbsent("previousId", copy.nullNode());
            case "schema" -> {
                copy.putIfAbsent("schemas", copy.arrayNode());
                copy.putIfAbsent("enums", copy.nullNode());
            }
            case "tables" -> {
                copy.putIfAbsent("uniques", copy.arrayNode());
                copy.putIfAbsent("primaryKey", copy.nullNode());
                copy.putIfAbsent("comment", copy.nullNode());
            }
            case "columns" -> {
                copy.putIfAbsent("default", copy.nullNode());
                copy.putIfAbsent("identity", copy.nullNode());
                copy.putIfAbsent("comment", copy.nullNode());
            }
            case "type" -> {
                copy.putIfAbsent("modifiers", copy.arrayNode());
                copy.putIfAbsent("dimensions", copy.numberNode(0));
                copy.putIfAbsent("schema", copy.nullNode());
            }
            case "indexes" -> {
                copy.putIfAbsent("where", copy.nullNode());
                copy.putIfAbsent("keys", copy.nullNode());
            }
            default -> {
            }
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        copy.fields().forEachRemaining(fields::add);
        Collections.shuffle(fields, random);
        ObjectNode out = TREES.createObjectNode();
        fields.forEach(e -> out.set(e.getKey(), e.getValue()));
        return out;
    }

    private static String hex(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Snapshot.ID_HEX_LENGTH; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }
}
