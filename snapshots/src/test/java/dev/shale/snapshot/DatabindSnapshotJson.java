package dev.shale.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.SnapshotException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The former implementation of {@link SnapshotJson}, through Jackson databind and the document records of
 * {@link SnapshotDocument}: kept in tests as the oracle the streaming one must agree with, byte for byte.
 */
final class DatabindSnapshotJson {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + Snapshot.ID_HEX_LENGTH + "}");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .withConfigOverride(List.class, o -> o.setInclude(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY)))
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private static final ObjectWriter COMPACT = MAPPER.writer();

    private DatabindSnapshotJson() {
    }

    /** The snapshot as its file's text. */
    static String write(Snapshot snapshot) {
        SnapshotDocument doc = new SnapshotDocument(snapshot.formatVersion(), snapshot.dialect(), snapshot.id(),
                snapshot.previousId(), DocumentConverter.toDocument(snapshot.schema()));
        try {
            return PRETTY.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a snapshot", e);
        }
    }

    /** The schema as compact JSON in the file's key order: the input of the content hash. */
    static String canonicalSchema(SchemaModel schema) {
        try {
            return COMPACT.writeValueAsString(DocumentConverter.toDocument(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a schema", e);
        }
    }

    /** {@link Snapshot#computeId} over this class's canonical form, as it was computed then. */
    static String computeId(String previousId, SchemaModel schema) {
        String input = (previousId == null ? "" : previousId) + "\n" + canonicalSchema(schema);
        byte[] digest = Hashes.sha256(input.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, Snapshot.ID_HEX_LENGTH / 2);
    }

    /**
     * Reads a snapshot file's text; {@code source} names the file in messages.
     *
     * @throws SnapshotException if the text is not a snapshot this Shale can read, or was edited
     */
    static Snapshot read(String json, String source) {
        JsonNode tree = parse(json, source);
        checkFormat(tree, source);
        SnapshotDocument doc = bind(json, source);
        Snapshot snapshot;
        try {
            snapshot = new Snapshot(doc.formatVersion(), doc.dialect(), checkId(doc.id(), "id", source),
                    doc.previousId() == null ? null : checkId(doc.previousId(), "previousId", source),
                    DocumentConverter.toModel(doc.schema(), "schema"));
        } catch (DocumentConverter.InvalidDocument e) {
            if (e.missing) {
                throw missing(source, e.getMessage());
            }
            throw new SnapshotException(Kind.INVALID_VALUE, source,
                    "snapshot " + source + " has an invalid value: " + e.getMessage() + ".", restore(source));
        }
        String hashed = computeId(snapshot.previousId(), snapshot.schema());
        if (!hashed.equals(snapshot.id())) {
            throw new SnapshotException(Kind.ID_MISMATCH, source,
                    "snapshot " + source + " was edited by hand or corrupted: its id says " + snapshot.id()
                            + " but its content hashes to " + hashed + ".",
                    restore(source) + " — Shale never rewrites snapshots; to change the schema, edit the"
                            + " records and run shale generate.");
        }
        return snapshot;
    }

    /**
     * The top-level fields {@code formatVersion} and {@code dialect}, read with a streaming parser that skips
     * the rest: the schema is bound once, by {@link #bind}, not also built as a tree. The whole text is still
     * tokenised, so invalid JSON is reported here, where it is.
     */
    private static JsonNode parse(String json, String source) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SnapshotException(Kind.INVALID_JSON, source, "snapshot " + source + " is empty.",
                        restore(source));
            }
            if (first != JsonToken.START_OBJECT) {
                parser.skipChildren();
                throw new SnapshotException(Kind.INVALID_JSON, source,
                        "snapshot " + source + " is not a JSON object.", restore(source));
            }
            ObjectNode header = MAPPER.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("formatVersion") || field.equals("dialect")) {
                    header.set(field, scalar(parser));
                } else {
                    parser.skipChildren();
                }
            }
            return header;
        } catch (JsonProcessingException e) {
            throw new SnapshotException(Kind.INVALID_JSON, source, "snapshot " + source + " is not valid JSON"
                    + at(e.getLocation()) + ": " + e.getOriginalMessage() + ".", restore(source), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at the parser as a node: a scalar as it is, an object or array (skipped) as an empty one. */
    private static JsonNode scalar(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT
                    ? nodes.numberNode(parser.getIntValue()) : nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(parser.getBooleanValue());
            case START_OBJECT -> {
                parser.skipChildren();
                yield nodes.objectNode();
            }
            case START_ARRAY -> {
                parser.skipChildren();
                yield nodes.arrayNode();
            }
            default -> nodes.nullNode();
        };
    }

    /** Checks format and dialect before binding, so a newer format's new fields are not blamed. */
    private static void checkFormat(JsonNode tree, String source) {
        JsonNode format = tree.get("formatVersion");
        if (format == null || format.isNull()) {
            throw missing(source, "formatVersion");
        }
        if (!format.isInt() || format.intValue() < 1) {
            throw new SnapshotException(Kind.UNKNOWN_FORMAT, source, "snapshot " + source
                    + " has an unknown formatVersion " + format + "; this Shale reads format "
                    + Snapshot.CURRENT_FORMAT + ".", restore(source));
        }
        if (format.intValue() > Snapshot.CURRENT_FORMAT) {
            throw new SnapshotException(Kind.NEWER_FORMAT, source, "snapshot " + source
                    + " was written by a newer Shale (format " + format.intValue() + "); this Shale reads format "
                    + Snapshot.CURRENT_FORMAT + ".", "upgrade Shale");
        }
        JsonNode dialect = tree.get("dialect");
        if (dialect == null || dialect.isNull()) {
            throw missing(source, "dialect");
        }
        if (!Snapshot.POSTGRESQL.equals(dialect.asText())) {
            throw new SnapshotException(Kind.UNKNOWN_DIALECT, source, "snapshot " + source + " is for dialect "
                    + dialect + "; this Shale supports only \"" + Snapshot.POSTGRESQL + "\".",
                    "use snapshots generated by Shale for PostgreSQL, or " + restore(source));
        }
    }

    private static SnapshotDocument bind(String json, String source) {
        try {
            return MAPPER.readValue(json, SnapshotDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new SnapshotException(Kind.INVALID_VALUE, source, "snapshot " + source + " has an unknown field \""
                    + e.getPropertyName() + "\"" + at(e.getLocation()) + ".", restore(source), e);
        } catch (JsonMappingException e) {
            throw new SnapshotException(Kind.INVALID_VALUE, source, "snapshot " + source + " has an invalid value"
                    + at(e.getLocation()) + " (" + e.getPathReference() + "): " + e.getOriginalMessage() + ".",
                    restore(source), e);
        } catch (JsonProcessingException e) {
            throw new SnapshotException(Kind.INVALID_JSON, source, "snapshot " + source + " is not valid JSON"
                    + at(e.getLocation()) + ": " + e.getOriginalMessage() + ".", restore(source), e);
        }
    }

    private static String checkId(String id, String field, String source) {
        if (id == null) {
            throw missing(source, field);
        }
        if (!ID.matcher(id).matches()) {
            throw new SnapshotException(Kind.INVALID_VALUE, source, "snapshot " + source + " has a malformed "
                    + field + " \"" + id + "\": expected " + Snapshot.ID_HEX_LENGTH + " lowercase hex digits.",
                    restore(source));
        }
        return id;
    }

    private static SnapshotException missing(String source, String path) {
        return new SnapshotException(Kind.MISSING_FIELD, source,
                "snapshot " + source + " is missing the field \"" + path + "\".", restore(source));
    }

    private static String restore(String source) {
        return "restore it from version control (git checkout -- " + source + ")";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
