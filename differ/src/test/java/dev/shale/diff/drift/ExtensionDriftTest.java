package dev.shale.diff.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.Extension;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drift of extensions: a database against a snapshot. */
class ExtensionDriftTest {

    private static SchemaModel with(Extension... extensions) {
        return SchemaModel.builder().extensions(List.of(extensions)).build();
    }

    @Test
    void theInstalledVersionIsNoDriftWhenTheSnapshotNamesNone() {
        assertTrue(Drift.between(with(new Extension("citext", "public", "1.6")), with(Extension.of("citext")))
                .isEmpty());
    }

    @Test
    void aMissingExtraOrOtherVersionIsReported() {
        assertEquals(List.of("extension citext is missing from the database"),
                messages(Drift.between(SchemaModel.EMPTY, with(Extension.of("citext")))));
        assertEquals(List.of("extension hstore exists in the database but not in the snapshot"),
                messages(Drift.between(with(new Extension("hstore", "public", "1.8")), SchemaModel.EMPTY)));
        assertEquals(List.of("extension citext: version is 1.5 in the database, 1.6 in the snapshot"),
                messages(Drift.between(with(new Extension("citext", "public", "1.5")),
                        with(new Extension("citext", "public", "1.6")))));
    }

    @Test
    void anExtraExtensionShowsItsDefinition() {
        DriftItem extra = Drift.between(with(new Extension("hstore", "util", "1.8")), SchemaModel.EMPTY).items()
                .get(0);
        assertEquals("schema util, version 1.8", extra.actual());
    }

    private static List<String> messages(Drift drift) {
        return drift.items().stream().map(DriftItem::message).toList();
    }
}
