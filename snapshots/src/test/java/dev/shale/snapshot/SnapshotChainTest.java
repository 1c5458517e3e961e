package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotChainTest {

    private static final Snapshot FIRST = Snapshot.next(null, SchemaModel.EMPTY);
    private static final Snapshot SECOND = FIRST.following(Models.small());

    private static NamedSnapshot named(String name, Snapshot snapshot) {
        return new NamedSnapshot("snapshots/" + name + ".json", snapshot);
    }

    @Test
    void theBranchConflictFixNamesEveryStepInOrder() {
        assertEquals("regenerate yours on top: 1. if a database applied your migration, roll it back there first"
                + " (shale rollback); 2. delete a.sql; 3. merge the other branch (if git reports a conflict in"
                + " shale.sum, keep either side); 4. run shale hash, which rewrites shale.sum for the files left;"
                + " 5. run shale generate, review the SQL and commit the new migration, its down, its snapshot and"
                + " shale.sum", SnapshotChain.regenerate("a.sql"));
    }

    @Test
    void emptyChainIsIntactWithoutLatest() {
        SnapshotChain chain = SnapshotChain.of(List.of());
        assertTrue(chain.isIntact());
        assertEquals(Optional.empty(), chain.latest());
    }

    @Test
    void linkedSnapshotsAreIntact() {
        NamedSnapshot third = named("3_c", SECOND.following(Models.rich()));
        SnapshotChain chain = SnapshotChain.of(List.of(named("1_a", FIRST), named("2_b", SECOND), third));
        assertTrue(chain.isIntact(), chain.findings().toString());
        assertEquals(Optional.of(third), chain.latest());
    }

    @Test
    void twoBranchesFromOneSnapshotAreAFork() {
        Snapshot ours = SECOND.following(Models.rich());
        Snapshot theirs = SECOND.following(SchemaModel.EMPTY);
        SnapshotChain chain = SnapshotChain.of(List.of(named("1_a", FIRST), named("2_b", SECOND),
                named("3_ours", ours), named("4_theirs", theirs)));
        assertFalse(chain.isIntact());
        assertEquals(1, chain.findings().size(), chain.findings().toString());
        ChainFinding fork = chain.findings().get(0);
        assertEquals(ChainFinding.Kind.FORK, fork.kind());
        assertEquals(List.of("snapshots/3_ours.json", "snapshots/4_theirs.json"), fork.files());
        assertEquals("branch conflict: snapshots snapshots/3_ours.json and snapshots/4_theirs.json were both"
                + " generated from snapshot snapshots/2_b.json (id " + SECOND.id() + "), so two branches each ran"
                + " shale generate on the same state and their migrations do not know about each other."
                + " Fix: " + SnapshotChain.regenerate("your migration, its down and its snapshot")
                + " (keep the snapshot merged first; regenerate the one from your branch, such as"
                + " snapshots/4_theirs.json)", fork.toString());
    }

    @Test
    void laterSnapshotsOnAForkedBranchAreExplainedByTheFork() {
        Snapshot a1 = SECOND.following(Models.rich());
        Snapshot b1 = SECOND.following(SchemaModel.EMPTY);
        Snapshot a2 = a1.following(Models.small());
        SnapshotChain chain = SnapshotChain.of(List.of(named("1", FIRST), named("2", SECOND), named("3_a1", a1),
                named("4_b1", b1), named("5_a2", a2)));
        assertEquals(List.of(ChainFinding.Kind.FORK),
                chain.findings().stream().map(ChainFinding::kind).toList());
    }

    @Test
    void twoFirstSnapshotsAreAFork() {
        SnapshotChain chain = SnapshotChain.of(List.of(named("1_a", FIRST),
                named("2_b", Snapshot.next(null, Models.small()))));
        ChainFinding fork = chain.findings().get(0);
        assertEquals(ChainFinding.Kind.FORK, fork.kind());
        assertTrue(fork.message().contains("generated from an empty schema (no earlier snapshot)"), fork.message());
    }

    @Test
    void aDeletedSnapshotIsABreak() {
        Snapshot third = SECOND.following(Models.rich());
        SnapshotChain chain = SnapshotChain.of(List.of(named("1_a", FIRST), named("3_c", third)));
        ChainFinding gap = chain.findings().get(0);
        assertEquals(ChainFinding.Kind.BREAK, gap.kind());
        assertEquals(List.of("snapshots/1_a.json", "snapshots/3_c.json"), gap.files());
        assertEquals("snapshot snapshots/3_c.json follows snapshot id " + SECOND.id() + ", which no snapshot file"
                + " has, but the snapshot before it is snapshots/1_a.json (id " + FIRST.id() + ").", gap.message());
    }

    @Test
    void aFirstSnapshotWithAPredecessorIsABreak() {
        SnapshotChain chain = SnapshotChain.of(List.of(named("2_b", SECOND)));
        assertEquals("snapshot snapshots/2_b.json is the first but follows snapshot id " + FIRST.id()
                + ", which no snapshot file has.", chain.findings().get(0).message());
    }

    @Test
    void swappedVersionsAreBreaks() {
        SnapshotChain chain = SnapshotChain.of(List.of(named("1_b", SECOND), named("2_a", FIRST)));
        assertEquals(2, chain.findings().size());
        assertEquals("snapshot snapshots/2_a.json follows nothing (it was generated as a first snapshot), but the"
                + " snapshot before it is snapshots/1_b.json (id " + SECOND.id() + ").",
                chain.findings().get(1).message());
    }
}
