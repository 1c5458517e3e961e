package dev.shale.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.diff.change.Change;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.stream.Collectors;

/** Asserts a diff's exact changes, and that they (and their reverses, last first) replay correctly. */
final class DiffAssert {

    private DiffAssert() {
    }

    static List<Change> assertDiff(SchemaModel from, SchemaModel to, List<? extends Change> expected) {
        return assertDiff(from, to, RenameHints.NONE, expected);
    }

    static List<Change> assertDiff(SchemaModel from, SchemaModel to, RenameHints hints, List<? extends Change> expected) {
        List<Change> actual = Differ.diff(from, to, hints);
        assertEquals(lines(expected), lines(actual));
        assertEquals(expected, actual);
        assertEquals(actual, Differ.diff(from, to, hints), "the same inputs give the same list");
        assertReplays(from, to, actual);
        return actual;
    }

    /**
     * Up turns {@code from} into {@code to}, each step runnable when it comes; the reversed list of
     * reverses (the down migration) is a valid order too and brings back {@code from}.
     */
    static void assertReplays(SchemaModel from, SchemaModel to, List<Change> changes) {
        assertEquals(ChangeReplay.normalized(to), ChangeReplay.normalized(ChangeReplay.replay(from, changes)),
                "up yields the target model");
        assertEquals(ChangeReplay.normalized(from),
                ChangeReplay.normalized(ChangeReplay.replay(to, ChangeReplay.down(changes))),
                "down yields the source model");
    }

    static String lines(List<? extends Change> changes) {
        return changes.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }
}
