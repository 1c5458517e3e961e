package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.Extension;
import dev.shale.model.SchemaModel;
import org.junit.jupiter.api.Test;

/** Extensions in snapshots: written only when there are some, read back equal, bad ones refused. */
class SnapshotExtensionsTest {

    private static final String FILE = "snapshots/20261121093000_x.json";

    private static final SchemaModel WITH = SchemaModel.builder().schema("util")
            .extension(new Extension("citext", "util", "1.6")).extension(Extension.of("uuid-ossp")).build();

    @Test
    void extensionsRoundTripWithTheirSchemaAndVersion() {
        Snapshot snapshot = Snapshot.next(null, WITH);
        String json = SnapshotJson.write(snapshot);
        assertTrue(json.contains("\"extensions\""), json);
        assertEquals(snapshot, SnapshotJson.read(json, FILE));
    }

    @Test
    void aModelWithoutExtensionsIsWrittenAndHashedAsBefore() {
        Snapshot snapshot = Snapshot.next(null, Models.small());
        String json = SnapshotJson.write(snapshot);
        assertFalse(json.contains("extensions"), json);
        assertEquals(Snapshot.computeId(null, Models.small()), snapshot.id());
        assertTrue(!Snapshot.computeId(null, WITH).equals(Snapshot.computeId(null, WITH.withExtensions(
                java.util.List.of()))), "extensions are part of the id");
    }

    @Test
    void aBadNameOrAnExtensionListedTwiceIsRefused() {
        String json = SnapshotJson.write(Snapshot.next(null, WITH));
        SnapshotException badName = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(json.replace("\"uuid-ossp\"", "\"Uuid Ossp\""), FILE));
        assertTrue(badName.getMessage().contains("is not an extension name"), badName.getMessage());
        SnapshotException twice = assertThrows(SnapshotException.class,
                () -> SnapshotJson.read(json.replace("\"uuid-ossp\"", "\"citext\""), FILE));
        assertTrue(twice.getMessage().contains("lists extension citext twice"), twice.getMessage());
    }
}
