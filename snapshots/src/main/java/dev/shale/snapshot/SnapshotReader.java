package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads a snapshot file's text in one streaming pass: checks the header, builds the model and copies the
 * schema's tokens as compact JSON into the id's hash, so that the id is checked without writing the model
 * again (which it still does when the copy's hash differs, for a file laid out or ordered differently).
 *
 * <p>Problems are reported in the order the whole text was once checked in: invalid JSON anywhere in the
 * object first, then the header (format and dialect), then a value of the wrong type or an unknown field in
 * document order, content after the object, the ids, a missing or invalid schema value, and last the hash.
 */
final class SnapshotReader implements ObjectFields.Tokens {

    private final JsonFactory factory;
    private final String source;
    private final SnapshotHeader header;
    private JsonParser parser;
    private String id;
    private String previousId;
    private SchemaReader schemaReader;
    private SchemaModel schema;
    private PostgresSpellings postgresSpelling = PostgresSpellings.NONE;
    /** The hash of the schema's copy, after the previous id met before the schema. */
    private ContentHash hash;
    private String hashedAfter;

    SnapshotReader(JsonFactory factory, String source) {
        this.factory = factory;
        this.source = source;
        this.header = new SnapshotHeader(factory);
    }

    Snapshot read(String json) {
        try (JsonParser p = factory.createParser(json)) {
            parser = p;
            return document();
        } catch (JsonProcessingException e) {
            throw SnapshotErrors.invalidJson(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Snapshot document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw SnapshotErrors.empty(source);
        }
        if (first != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw SnapshotErrors.notAnObject(source);
        }
        try {
            fields();
            checkHeader(true);
        } catch (SnapshotException e) {
            throw afterRestOfObject(e);
        }
        if (parser.nextToken() != null) {
            throw SnapshotErrors.invalidValue(source, parser.currentTokenLocation(), "after the top-level object",
                    "a snapshot file holds one JSON object and nothing after it");
        }
        checkId(id, "id");
        if (previousId != null) {
            checkId(previousId, "previousId");
        }
        if (schemaReader == null) {
            throw SnapshotErrors.missing(source, "schema");
        }
        if (schemaReader.problem() != null) {
            throw schemaReader.problem();
        }
        if (!Objects.equals(hashedAfter, previousId) || !hash.id().equals(id)) {
            String hashed = Snapshot.computeId(previousId, schema);
            if (!hashed.equals(id)) {
                throw SnapshotErrors.idMismatch(source, id, hashed);
            }
        }
        SnapshotException unsafe = SnapshotContent.problem(source, schema);
        if (unsafe != null) {
            throw unsafe;
        }
        return new Snapshot(header.formatVersion(), Snapshot.POSTGRESQL, id, previousId, schema, postgresSpelling);
    }

    /** Reads the top-level object's fields, checking the header as soon as it can be. */
    private void fields() throws IOException {
        JsonValues values = new JsonValues(parser, source);
        ObjectFields fields = new ObjectFields(this, parser, source, 6);
        for (String field = fields.next(); field != null; field = fields.next()) {
            switch (field) {
                case "formatVersion" -> {
                    header.format(parser);
                    checkHeader(false);
                }
                case "dialect" -> {
                    header.dialect(parser);
                    checkHeader(false);
                }
                case "id" -> id = values.string();
                case "previousId" -> previousId = values.string();
                case "schema" -> {
                    if (values.isObject()) {
                        schema();
                    }
                }
                case "postgresSpelling" -> postgresSpelling = new SpellingReader(parser, source).read();
                default -> fields.unknown(field);
            }
        }
    }

    /** Reads the schema object the parser is at, copying it into the hash of its compact text. */
    private void schema() throws IOException {
        hashedAfter = previousId;
        hash = new ContentHash(previousId);
        JsonGenerator copy = factory.createGenerator(hash);
        copy.copyCurrentEvent(parser);
        schemaReader = new SchemaReader(parser, copy, source);
        schema = schemaReader.schema();
        copy.close();
    }

    @Override
    public JsonToken next() throws IOException {
        return parser.nextToken();
    }

    @Override
    public void skipValue() throws IOException {
        parser.skipChildren();
    }

    private void checkHeader(boolean complete) {
        SnapshotException problem = header.problem(source, complete);
        if (problem != null) {
            throw problem;
        }
    }

    private void checkId(String id, String field) {
        if (id == null) {
            throw SnapshotErrors.missing(source, field);
        }
        if (!Snapshot.isId(id)) {
            throw SnapshotErrors.malformedId(source, field, id);
        }
    }

    /**
     * The problem to report instead of {@code problem} found inside the object: invalid JSON further on, or
     * a header problem, the header fields perhaps coming later. Reads the rest of the object to know.
     */
    private SnapshotException afterRestOfObject(SnapshotException problem) {
        try {
            readRestOfObject();
        } catch (JsonProcessingException e) {
            return SnapshotErrors.invalidJson(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SnapshotException headerProblem = header.problem(source, true);
        return headerProblem != null ? headerProblem : problem;
    }

    /** Reads on to the end of the top-level object, if not there yet, taking the header fields met on the way. */
    private void readRestOfObject() throws IOException {
        if (parser.getParsingContext().inRoot()) {
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            JsonStreamContext context = parser.getParsingContext();
            if (token == JsonToken.END_OBJECT && context.inRoot()) {
                return;
            }
            if (token == JsonToken.FIELD_NAME && context.getParent().inRoot()) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "formatVersion" -> header.format(parser);
                    case "dialect" -> header.dialect(parser);
                    default -> parser.skipChildren();
                }
            }
        }
    }
}
