package dev.shale.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

/**
 * Reads the header of a snapshot file as Shale writes it ({@code formatVersion}, {@code dialect}, {@code id},
 * {@code previousId}, in that order, then {@code schema}) and stops at the schema, so that listing a folder of
 * large snapshots does not read them. Anything else (another order, an unknown field, a problem in the header,
 * invalid JSON) is not decided here: the caller reads the whole file, which reports it as it always did.
 */
final class SnapshotHeaderReader {

    private static final List<String> ORDER = List.of("formatVersion", "dialect", "id", "previousId", "schema");

    private SnapshotHeaderReader() {
    }

    /** The header, or empty when the file must be read whole to tell (see the class comment). */
    static Optional<SnapshotFileHeader> read(JsonFactory factory, Reader in) {
        try (JsonParser parser = factory.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            SnapshotHeader header = new SnapshotHeader(factory);
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
                    case "formatVersion" -> header.format(parser);
                    case "dialect" -> header.dialect(parser);
                    case "id", "previousId" -> {
                        if (value != JsonToken.VALUE_STRING || !Snapshot.isId(parser.getText())) {
                            return Optional.empty();
                        }
                        if (field.equals("id")) {
                            id = parser.getText();
                        } else {
                            previousId = parser.getText();
                        }
                    }
                    default -> {
                        return id != null && header.problem("", true) == null
                                ? Optional.of(new SnapshotFileHeader(header.formatVersion(), Snapshot.POSTGRESQL, id,
                                        previousId))
                                : Optional.empty();
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
