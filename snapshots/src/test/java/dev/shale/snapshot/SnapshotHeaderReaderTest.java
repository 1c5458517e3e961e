package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.SchemaModel;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotHeaderReaderTest {

    @Test
    void readsTheHeaderOfWhatShaleWrites() {
        Snapshot first = Snapshot.next(null, Models.rich());
        Snapshot second = first.following(Models.small());

        assertEquals(Optional.of(SnapshotFileHeader.of(first)), header(SnapshotJson.write(first)));
        assertEquals(Optional.of(SnapshotFileHeader.of(second)), header(SnapshotJson.write(second)));
    }

    @Test
    void stopsAtTheSchemaWithoutReadingIt() {
        Snapshot first = Snapshot.next(null, SchemaModel.EMPTY);
        String text = SnapshotJson.write(first).replace("\"schema\": {}", "\"schema\": {\"tables\": [ this is not JSON");

        assertEquals(Optional.of(SnapshotFileHeader.of(first)), header(text));
    }

    @Test
    void leavesEverythingElseToTheWholeRead() {
        Snapshot second = Snapshot.next(null, SchemaModel.EMPTY).following(SchemaModel.EMPTY);
        String text = SnapshotJson.write(second);
        String id = second.id();

        for (String other : new String[] {
            "",
            "[]",
            "{ not json",
            text.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
            text.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""),
            text.replace("\"postgresql\"", "\"mysql\""),
            text.replace(id, "ABC"),
            text.replace(second.previousId(), "123"),
            text.replace("\"dialect\"", "\"dialekt\""),
            text.replace("\"id\": \"" + id + "\",", "\"id\": \"" + id + "\", \"extra\": 1,"),
            "{\n  \"dialect\": \"postgresql\",\n  \"formatVersion\": 1,\n  \"id\": \"" + id + "\",\n  \"schema\": {}\n}\n",
            "{\n  \"schema\": {},\n  \"formatVersion\": 1,\n  \"dialect\": \"postgresql\",\n  \"id\": \"" + id + "\"\n}\n",
            "{\n  \"formatVersion\": 1,\n  \"dialect\": \"postgresql\",\n  \"schema\": {}\n}\n",
        }) {
            assertEquals(Optional.empty(), header(other), other);
        }
    }

    private static Optional<SnapshotFileHeader> header(String text) {
        return SnapshotJson.readHeader(new StringReader(text));
    }
}
