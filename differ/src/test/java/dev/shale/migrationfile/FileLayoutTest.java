package dev.shale.migrationfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.migrationfile.MigrationFileException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lenient reading of a file's structure: header lines and marker lines with their places, never refused. */
class FileLayoutTest {

    @Test
    void markersAreFoundInLooseSpellingWithTheirLinesAndOffsets() {
        String text = "\uFEFF-- shale:hazards none\r\n--shale:step  1\ttransactional \r\nSELECT 1;\r\n"
                + "SELECT 2; -- shale:step 2 non-transactional\n";
        FileLayout layout = FileLayout.read(text);
        assertEquals(List.of("-- shale:hazards none\r"), layout.header().lines());
        assertEquals(2, layout.markers().size());
        FileLayout.MarkerLine first = layout.markers().get(0);
        assertEquals(2, first.line());
        assertEquals("-- shale:hazards none\r\n".length(), first.lineStart());
        assertEquals("--shale:step  1\ttransactional ", first.written()); // the comment stops before \r\n
        assertEquals("1\ttransactional", first.words());
        assertEquals(new StepMarker(1, true), first.marker(1));
        FileLayout.MarkerLine second = layout.markers().get(1);
        assertEquals(4, second.line());
        assertEquals("SELECT 2; -- shale:step 2 non-transactional", second.written());
        assertEquals(new StepMarker(2, false), second.marker(2));
    }

    @Test
    void markersInsideStringsDollarQuotesAndBlockCommentsAreNoneAndOpenTokensAreNoError() {
        String text = "SELECT '\n-- shale:step 1 transactional\n';\nDO $$\n-- shale:step 1 transactional\n$$;\n"
                + "/* -- shale:step 1 transactional */\n-- shale:stepping\nSELECT 'open\n-- shale:step 1 x\n";
        assertEquals(List.of(), FileLayout.read(text).markers());
    }

    @Test
    void aMarkersWordsAreCheckedWithTypedReasonsNamingItsLine() {
        List<FileLayout.MarkerLine> markers = FileLayout.read("SELECT 1;\n-- shale:step 2 transactional\n"
                + "-- shale:step x transactional\n-- shale:step 1 maybe\n-- shale:step\n").markers();
        assertRefused(() -> markers.get(0).marker(1), Reason.MARKER_ORDER, 2);
        assertRefused(() -> markers.get(1).marker(), Reason.MARKER_NUMBER, 3);
        assertRefused(() -> markers.get(2).marker(), Reason.MARKER_MODE, 4);
        assertRefused(() -> markers.get(3).marker(), Reason.MARKER_FORM, 5);
    }

    @Test
    void theHeaderSkipsAByteOrderMarkAndStopsAtTheFirstMarker() {
        assertEquals(List.of("-- a", "-- shale:transactional true"),
                FileLayout.header("\uFEFF-- a\n-- shale:transactional true\n-- shale:step 1 transactional\n-- b\n")
                        .lines());
    }

    private static void assertRefused(Runnable read, Reason reason, int line) {
        MigrationFileException e = assertThrows(MigrationFileException.class, read::run);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }
}
