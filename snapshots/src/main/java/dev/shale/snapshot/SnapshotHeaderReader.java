package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the header of a snapshot file as Shale writes it ({@code formatVersion}, {@code dialect}, {@code id},
 * {@code previousId}, in that order, then {@code schema}) and stops at the schema, so that listing a folder of
 * large snapshots does not read them. Anything else (another order, an unknown field, a problem in the header,
 * invalid JSON) is not decided here: the caller reads the whole file, which reports it as it always did.
 */
final class SnapshotHeaderReader {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + Snapshot.ID_HEX_LENGTH + "}");
    private static final List<String> ORDER = List.of("formatVersion", "dialect", "id", "previousId", "schema");

    private SnapshotHeaderReader() {
    }

    /** The header, or empty when the file must be read whole to tell (see the class comment). */
    static Optional<SnapshotFileHeader> read(JsonFactory factory, Reader in) {
        try (JsonParser parser = factory.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Integer format = null;
            String dialect = null;
            String id = null;
            String previousId = null;
            int position = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                int at = ORDER.indexOf(field);
                if (at < position) {
                    return Optional.empty(); // unknown, repeated or out of order
                }
                position = at + 1;
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "formatVersion" -> format = value == JsonToken.VALUE_NUMBER_INT
                            && parser.getNumberType() == JsonParser.NumberType.INT ? parser.getIntValue() : null;
                    case "dialect" -> dialect = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "id" -> id = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "previousId" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            return Optional.empty();
                        }
                        previousId = parser.getText();
                    }
                    default -> {
                        return valid(format, dialect, id, previousId)
                                ? Optional.of(new SnapshotFileHeader(format, dialect, id, previousId))
                                : Optional.empty();
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean valid(Integer format, String dialect, String id, String previousId) {
        return format != null && format >= 1 && format <= Snapshot.CURRENT_FORMAT
                && Snapshot.POSTGRESQL.equals(dialect)
                && id != null && ID.matcher(id).matches()
                && (previousId == null || ID.matcher(previousId).matches());
    }
}
