package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Walks the fields of one JSON object of a snapshot, reporting an unknown field where the reading through
 * document records did: once every known field has been met (at once if they all already have, else at the
 * token after the last of them), or else where the object ends. Known fields met count, {@code null} ones too.
 */
final class ObjectFields {

    /** Where the tokens come from. */
    interface Tokens {

        /** The next token. */
        JsonToken next() throws IOException;

        /** Skips the value the parser is at: an unknown field's. */
        void skipValue() throws IOException;
    }

    private final Tokens tokens;
    private final JsonParser parser;
    private final String source;
    private final int knownFields;
    private int known;
    private boolean lastKnown;
    private String unknown;

    /** The fields of the object whose start the parser is at, which may have {@code knownFields} known fields. */
    ObjectFields(Tokens tokens, JsonParser parser, String source, int knownFields) {
        this.tokens = tokens;
        this.parser = parser;
        this.source = source;
        this.knownFields = knownFields;
    }

    /** The next field's name, the parser at its value; {@code null} at the object's end. */
    String next() throws IOException {
        if (lastKnown) {
            known++;
        }
        lastKnown = true;
        if (tokens.next() != JsonToken.FIELD_NAME) {
            reportUnknown();
            return null;
        }
        if (known == knownFields) {
            reportUnknown();
        }
        String field = parser.currentName();
        tokens.next();
        return field;
    }

    /** The field just returned is not known: reported now, or skipped and reported later. */
    void unknown(String field) throws IOException {
        lastKnown = false;
        if (unknown == null) {
            unknown = field;
        }
        if (known == knownFields) {
            reportUnknown();
        }
        tokens.skipValue();
    }

    private void reportUnknown() {
        if (unknown != null) {
            throw SnapshotErrors.unknownField(source, unknown, parser.currentLocation());
        }
    }
}
