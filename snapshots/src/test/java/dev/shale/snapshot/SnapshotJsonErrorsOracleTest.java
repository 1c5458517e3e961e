package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Broken snapshot files, made by damaging random valid ones one to three times over (a field removed, nulled,
 * misspelt, added, moved to its object's end or given a value of another JSON type or another value; a key
 * repeated; the text cut or followed by more), read by the streaming {@link SnapshotJson} and the former databind one: the same outcome,
 * the same kind of problem and the same message, except that a value of the wrong JSON type names its path
 * readably (compared through databind's path) and says what was expected in its own words.
 *
 * <p>Values databind converted instead of rejecting (a string for a boolean or a number, a number for a
 * string, ...) are not made here: the streaming reading rejects them (see {@code SnapshotJsonTest}).
 */
class SnapshotJsonErrorsOracleTest {

    private static final String FILE = "snapshots/20261121093000_broken.json";
    private static final int FILES = 1500;
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern BIND_PROBLEM = Pattern.compile(
            "snapshot (\\S+) has an invalid value( at line \\d+, column \\d+) \\((.*)\\): (.*)", Pattern.DOTALL);
    private static final Pattern DATABIND_PATH_STEP = Pattern.compile("\\[\"([^\"]*)\"]|\\[(\\d+)]");

    /** A place in a document tree, {@code pointer}: a field of an object or an element of a list. */
    private record Place(ContainerNode<?> parent, String field, int index, String pointer) {
        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    @Test
    void brokenFilesAreReportedAsBefore() throws IOException {
        RandomModels models = new RandomModels(424242L);
        Random random = new Random(5);
        int kinds = 0;
        java.util.EnumSet<SnapshotException.Kind> seen = java.util.EnumSet.noneOf(SnapshotException.Kind.class);
        for (int i = 0; i < FILES; i++) {
            Snapshot snapshot = random.nextBoolean() ? Snapshot.next(null, models.model())
                    : Snapshot.next(null, models.model()).following(models.model());
            String text = damaged(SnapshotJson.write(snapshot), random);
            SnapshotException before = outcome(() -> DatabindSnapshotJson.read(text, FILE));
            SnapshotException after = outcome(() -> SnapshotJson.read(text, FILE));
            String context = "before: " + (before == null ? "read" : before.getMessage()) + "\nafter:  "
                    + (after == null ? "read" : after.getMessage()) + "\nfile " + i + ":\n" + shown(text);
            if (before == null) {
                assertEquals(DatabindSnapshotJson.read(text, FILE), SnapshotJson.read(text, FILE), context);
                continue;
            }
            assertNotNull(after, context);
            seen.add(before.kind());
            assertEquals(before.kind(), after.kind(), context);
            assertEquals(before.fix(), after.fix(), context);
            Matcher bind = BIND_PROBLEM.matcher(before.problem());
            if (bind.matches()) {
                assertBindProblemAlike(bind, after.problem(), context);
            } else {
                assertEquals(before.problem(), after.problem(), context);
            }
            kinds++;
        }
        assertTrue(kinds > FILES / 2, "only " + kinds + " of " + FILES + " damaged files were broken");
        assertEquals(java.util.EnumSet.allOf(SnapshotException.Kind.class), seen);
    }

    /** The same line and column (but for a number out of range) and the same path, in readable form. */
    private static void assertBindProblemAlike(Matcher before, String after, String text) {
        String path = readable(before.group(3));
        boolean outOfRange = before.group(4).contains("out of range");
        String expected = "snapshot " + before.group(1) + " has an invalid value"
                + (outOfRange ? "" : before.group(2)) + " (" + (path.isEmpty() ? "after the top-level object" : path)
                + "): ";
        String actual = outOfRange ? after.replaceFirst(" at line \\d+, column \\d+", "") : after;
        assertTrue(actual.startsWith(expected), () -> "expected " + expected + "...\n" + text);
    }

    /** {@code schema.tables[0].name} for databind's {@code ...SnapshotDocument["schema"]->...["tables"]->...[0]->...["name"]}. */
    private static String readable(String databindPath) {
        StringBuilder out = new StringBuilder();
        Matcher step = DATABIND_PATH_STEP.matcher(databindPath);
        while (step.find()) {
            if (step.group(1) != null) {
                out.append(out.length() == 0 ? "" : ".").append(step.group(1));
            } else {
                out.append('[').append(step.group(2)).append(']');
            }
        }
        return out.toString();
    }

    /** The text with control characters but line feeds escaped, for a readable failure. */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 && c != '\n' ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static SnapshotException outcome(Supplier<Snapshot> read) {
        try {
            read.get();
            return null;
        } catch (SnapshotException e) {
            return e;
        } catch (RuntimeException e) {
            fail("not a SnapshotException", e);
            return null;
        }
    }

    private static String damaged(String json, Random random) throws IOException {
        ObjectNode tree = (ObjectNode) TREES.readTree(json);
        int damages = 1 + random.nextInt(3);
        String text = null;
        Set<String> damaged = new HashSet<>();
        for (int d = 0; d < damages; d++) {
            if (text == null && random.nextInt(4) != 0) {
                damageTree(tree, damaged, random);
            } else {
                if (text == null) {
                    text = TREES.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
                }
                text = damageText(text, random);
            }
        }
        return text != null ? text : TREES.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    /**
     * Damages a place not damaged before (nor inside one), so that a value of another type is always one of the
     * original: one of those databind rejected too. A list keeps its length, so that pointers stay true.
     */
    private static void damageTree(ObjectNode tree, Set<String> damaged, Random random) {
        List<Place> places = new ArrayList<>();
        collect(tree, "", damaged, places);
        if (places.isEmpty()) {
            return;
        }
        Place place = places.get(random.nextInt(places.size()));
        JsonNode value = place.value();
        damaged.add(place.pointer());
        switch (random.nextInt(8)) {
            case 0 -> {
                if (place.field() != null) {
                    ((ObjectNode) place.parent()).remove(place.field());
                }
            }
            case 1 -> place.set(NODES.nullNode());
            case 2 -> {
                if (place.field() != null) {
                    ObjectNode parent = (ObjectNode) place.parent();
                    parent.remove(place.field());
                    String field = place.field();
                    parent.set(field.length() > 1 ? field.substring(1) : field + "x", value);
                }
            }
            case 3 -> {
                if (place.value().isObject()) {
                    ((ObjectNode) value).set(random.nextBoolean() ? "extra" : "nulable", random.nextBoolean()
                            ? NODES.textNode("x") : NODES.objectNode().put("a", 1));
                }
            }
            case 4, 5 -> place.set(otherType(value, random));
            case 6 -> {
                damaged.remove(place.pointer());
                if (place.field() != null) {
                    ObjectNode parent = (ObjectNode) place.parent();
                    parent.remove(place.field());
                    parent.set(place.field(), value);
                }
            }
            default -> place.set(otherValue(value, random));
        }
    }

    private static void collect(JsonNode node, String pointer, Set<String> damaged, List<Place> places) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                Place place = new Place(object, name, -1, pointer + "/" + name);
                if (!damaged.contains(place.pointer())) {
                    places.add(place);
                    collect(object.get(name), place.pointer(), damaged, places);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                Place place = new Place(array, null, i, pointer + "/" + i);
                if (!damaged.contains(place.pointer())) {
                    places.add(place);
                    collect(array.get(i), place.pointer(), damaged, places);
                }
            }
        }
    }

    /** A value of another JSON type that databind did not convert either. */
    private static JsonNode otherType(JsonNode value, Random random) {
        JsonNode[] choices;
        if (value.isTextual()) {
            choices = new JsonNode[] {NODES.objectNode(), NODES.arrayNode().add("x")};
        } else if (value.isBoolean()) {
            choices = new JsonNode[] {NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(1.5),
                NODES.textNode("maybe")};
        } else if (value.isIntegralNumber()) {
            choices = new JsonNode[] {NODES.objectNode(), NODES.arrayNode(), NODES.booleanNode(true),
                NODES.textNode("x"), NODES.numberNode(new BigInteger("99999999999999999999"))};
        } else if (value.isObject()) {
            choices = new JsonNode[] {NODES.textNode("x"), NODES.numberNode(5), NODES.arrayNode(),
                NODES.booleanNode(false)};
        } else {
            choices = new JsonNode[] {NODES.objectNode(), NODES.textNode("x"), NODES.numberNode(5),
                NODES.booleanNode(true)};
        }
        return choices[random.nextInt(choices.length)];
    }

    /** Another value of the same JSON type. */
    private static JsonNode otherValue(JsonNode value, Random random) {
        if (value.isTextual()) {
            String text = value.asText();
            return NODES.textNode(random.nextBoolean() && text.length() > 1 ? text.substring(1) : text + "z");
        }
        if (value.isBoolean()) {
            return NODES.booleanNode(!value.asBoolean());
        }
        if (value.isIntegralNumber()) {
            int[] choices = {0, -1, 2, value.intValue() + 1};
            return NODES.numberNode(choices[random.nextInt(choices.length)]);
        }
        if (value.isArray() && !value.isEmpty()) {
            ArrayNode shorter = ((ArrayNode) value).deepCopy();
            shorter.remove(0);
            return shorter;
        }
        return value;
    }

    private static String damageText(String text, Random random) {
        if (text.isEmpty()) {
            return " \n";
        }
        String[] lines = text.split("\n", -1);
        return switch (random.nextInt(5)) {
            case 0 -> {
                int line = random.nextInt(lines.length);
                if (!lines[line].trim().startsWith("\"")) {
                    yield text;
                }
                String copy = lines[line].endsWith(",") ? lines[line] : lines[line] + ",";
                List<String> out = new ArrayList<>(List.of(lines));
                out.add(line, copy);
                yield String.join("\n", out);
            }
            case 1 -> text.substring(0, random.nextInt(text.length()));
            case 2 -> text + List.of("{}", "5", "\"s\"", "x", "]", "{", "null", " \n").get(random.nextInt(8));
            case 3 -> {
                int at = random.nextInt(text.length());
                yield text.substring(0, at) + text.substring(at + 1);
            }
            default -> {
                int at = random.nextInt(text.length());
                yield text.substring(0, at) + "{,:\"]x".charAt(random.nextInt(6)) + text.substring(at);
            }
        };
    }
}
