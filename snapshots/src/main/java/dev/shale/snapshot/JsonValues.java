package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The value a parser is at, read as the JSON type a snapshot field has; JSON {@code null} reads as absent.
 * A value of another type is an {@link SnapshotException.Kind#INVALID_VALUE} naming its line, column and path.
 */
final class JsonValues {

    private final JsonParser parser;
    private final String source;

    JsonValues(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** A string, or {@code null}. */
    String string() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch("a string");
    }

    /** A boolean, or {@code null}. */
    Boolean bool() {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw mismatch("true or false");
        };
    }

    /** A whole number that fits an {@code int}, or {@code null}. */
    Integer int32() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() != JsonParser.NumberType.INT) {
                throw outOfRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch("a whole number");
    }

    /** A whole number that fits a {@code long}, or {@code null}. */
    Long int64() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw outOfRange(Long.MIN_VALUE, Long.MAX_VALUE);
            }
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw mismatch("a whole number");
    }

    /** Whether the value is an object (the parser at its start); {@code false} for {@code null}. */
    boolean isObject() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw mismatch("an object");
    }

    /** Checks that the value is an object (the parser at its start), {@code null} not being one. */
    void expectObject() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch("an object");
        }
    }

    /** Whether the value is a list (the parser at its start); {@code false} for {@code null}. */
    boolean isList() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw mismatch("a list");
    }

    private SnapshotException mismatch(String expected) {
        return invalid("expected " + expected + ", not " + describe(parser.currentToken()));
    }

    private SnapshotException outOfRange(long min, long max) throws IOException {
        return invalid("expected a whole number from " + min + " to " + max + ", not " + parser.getText());
    }

    private SnapshotException invalid(String problem) {
        JsonStreamContext context = parser.getParsingContext();
        if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return SnapshotErrors.invalidValue(source, parser.currentTokenLocation(), JsonPaths.of(context), problem);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> token.asString();
        };
    }
}
