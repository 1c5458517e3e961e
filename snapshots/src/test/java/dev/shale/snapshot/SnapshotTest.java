package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.SchemaModel;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    @Test
    void firstSnapshotFollowsNothingAndIsTheCurrentFormat() {
        Snapshot first = Snapshot.next(null, Models.small());
        assertNull(first.previousId());
        assertEquals(1, first.formatVersion());
        assertEquals("postgresql", first.dialect());
        assertTrue(first.id().matches("[0-9a-f]{32}"), first.id());
    }

    @Test
    void idDependsOnContentAndPredecessorOnly() {
        Snapshot a = Snapshot.next(null, Models.rich());
        assertEquals(a, Snapshot.next(null, Models.rich()));
        assertNotEquals(a.id(), Snapshot.next(null, Models.small()).id());
        assertNotEquals(a.id(), a.following(Models.rich()).id());
        assertEquals(a.id(), a.following(Models.rich()).previousId());
    }

    @Test
    void idIsStableAcrossReleases() {
        // sha256("\n{}"), cut to 32 hex digits. Changing it changes every project's snapshot ids: only with a new format version.
        assertEquals("a062dd4952b935e430d409c4a5e5cd76", Snapshot.next(null, SchemaModel.EMPTY).id());
    }

    @Test
    void idMatchesContentUnlessEdited() {
        Snapshot s = Snapshot.next(null, Models.small());
        assertTrue(s.idMatchesContent());
        assertFalse(new Snapshot(1, "postgresql", s.id(), null, Models.rich()).idMatchesContent());
    }
}
