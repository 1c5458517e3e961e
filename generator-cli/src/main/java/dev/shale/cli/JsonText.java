package dev.shale.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The indented JSON that {@code --format json} prints. */
public final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonText() {
    }

    /**
     * A JSON object made elsewhere (the runner API's) with {@code "schemaVersion": 1} and {@code "command"} put
     * first, as every {@code --format json} document of the command line starts.
     */
    public static String versioned(String json, String command) {
        try {
            ObjectNode out = JSON.createObjectNode().put("schemaVersion", 1).put("command", command);
            out.setAll((ObjectNode) JSON.readTree(json));
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} (maps, lists, strings, numbers, Jackson nodes) as indented JSON. */
    public static String of(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
