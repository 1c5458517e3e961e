package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * A snapshot's {@code formatVersion} and {@code dialect} as read so far, and what is wrong with them. They
 * are checked before anything else is reported, so that a newer format's new fields are not blamed. A value
 * is shown in messages as JSON: a string quoted, an object or a list as {@code {}} or {@code []}.
 */
final class SnapshotHeader {

    private final JsonFactory factory;
    private boolean formatSeen;
    private int format;
    private String formatShown;
    private boolean dialectSeen;
    private boolean dialectKnown;
    private String dialectShown;

    SnapshotHeader(JsonFactory factory) {
        this.factory = factory;
    }

    /** The format version, once {@link #problem} found none. */
    int formatVersion() {
        return format;
    }

    /** Takes the {@code formatVersion} value the parser is at; {@code null} counts as missing. */
    void format(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        formatSeen = true;
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                && parser.getIntValue() >= 1) {
            format = parser.getIntValue();
        } else {
            format = 0;
            formatShown = shown(parser);
        }
    }

    /** Takes the {@code dialect} value the parser is at; {@code null} counts as missing. */
    void dialect(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        dialectSeen = true;
        dialectKnown = token == JsonToken.VALUE_STRING && Snapshot.POSTGRESQL.equals(parser.getText());
        if (!dialectKnown) {
            dialectShown = shown(parser);
        }
    }

    /**
     * What is wrong with the header, or {@code null} when nothing is, or nothing is known yet to be while the
     * rest of the object is still unread ({@code complete} false).
     */
    SnapshotException problem(String source, boolean complete) {
        if (!formatSeen) {
            return complete ? SnapshotErrors.missing(source, "formatVersion") : null;
        }
        if (format < 1) {
            return SnapshotErrors.unknownFormat(source, formatShown);
        }
        if (format > Snapshot.CURRENT_FORMAT) {
            return SnapshotErrors.newerFormat(source, format);
        }
        if (!dialectSeen) {
            return complete ? SnapshotErrors.missing(source, "dialect") : null;
        }
        return dialectKnown ? null : SnapshotErrors.unknownDialect(source, dialectShown);
    }

    /** The value as JSON text, skipping an object's or a list's content. */
    private String shown(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                parser.skipChildren();
                yield "{}";
            }
            case START_ARRAY -> {
                parser.skipChildren();
                yield "[]";
            }
            case VALUE_STRING -> quoted(parser.getText());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT
                    ? String.valueOf(parser.getIntValue()) : parser.getBigIntegerValue().toString();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue().toString();
            default -> parser.getText();
        };
    }

    private String quoted(String text) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.writeString(text);
        }
        return out.toString();
    }
}
