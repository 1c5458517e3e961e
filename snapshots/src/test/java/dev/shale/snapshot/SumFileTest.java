package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SumFileTest {

    private static final String SOURCE = "migrations/shale.sum";
    private static final NamedContent UP = NamedContent.ofText("1_a.sql", "create table a ();\n");
    private static final NamedContent DOWN = NamedContent.ofText("1_a.down.sql", "drop table a;\n");
    private static final NamedContent SECOND = NamedContent.ofText("2_b.sql", "create table b ();\n");

    private static String h1(String text) throws Exception {
        return "h1:" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesTotalThenOneSortedLinePerFile() throws Exception {
        String body = "1_a.down.sql " + h1("drop table a;\n") + "\n"
                + "1_a.sql " + h1("create table a ();\n") + "\n"
                + "2_b.sql " + h1("create table b ();\n") + "\n";
        assertEquals(h1(body) + "\n" + body, SumFile.of(List.of(SECOND, UP, DOWN)).write());
    }

    @Test
    void emptySumHasOnlyTheTotal() throws Exception {
        assertEquals(h1("") + "\n", SumFile.of(List.of()).write());
    }

    @Test
    void parsesWhatItWrites() {
        SumFile sum = SumFile.of(List.of(UP, DOWN, SECOND));
        SumFile parsed = SumFile.parse(sum.write(), SOURCE);
        assertEquals(sum, parsed);
        assertEquals(sum.write(), parsed.write());
        assertEquals(sum, SumFile.parse(sum.write().replace("\n", "\r\n"), SOURCE));
    }

    @Test
    void totalChangesWhenAFileIsEditedAddedRemovedOrRenamed() {
        String total = SumFile.of(List.of(UP, DOWN)).total();
        assertNotEquals(total, SumFile.of(List.of(UP, NamedContent.ofText("1_a.down.sql", "x"))).total());
        assertNotEquals(total, SumFile.of(List.of(UP, DOWN, SECOND)).total());
        assertNotEquals(total, SumFile.of(List.of(UP)).total());
        assertNotEquals(total, SumFile.of(List.of(UP, new NamedContent("1_z.down.sql", DOWN.content()))).total());
    }

    @Test
    void windowsLineEndingsHashLikeUnixOnes() {
        NamedContent crlf = NamedContent.ofText("1_a.sql", "create table a ();\r\n");
        assertEquals(SumFile.of(List.of(UP)), SumFile.of(List.of(crlf)));
    }

    @Test
    void verifyFindsNothingWhenFilesMatch() {
        SumFile sum = SumFile.parse(SumFile.of(List.of(UP, DOWN)).write(), SOURCE);
        assertEquals(List.of(), sum.verify(List.of(DOWN, UP)));
    }

    @Test
    void verifyReportsEditedAddedAndMissingFiles() {
        SumFile sum = SumFile.parse(SumFile.of(List.of(UP, DOWN)).write(), SOURCE);
        List<SumMismatch> found = sum.verify(List.of(NamedContent.ofText("1_a.sql", "edited"), SECOND));
        assertEquals(List.of(SumMismatch.Kind.MISSING, SumMismatch.Kind.EDITED, SumMismatch.Kind.ADDED),
                found.stream().map(SumMismatch::kind).toList());
        assertEquals(List.of("migrations/1_a.down.sql", "migrations/1_a.sql", "migrations/2_b.sql"),
                found.stream().map(SumMismatch::file).toList());
        SumMismatch edited = found.get(1);
        assertTrue(edited.message().startsWith("migrations/1_a.sql was edited after migrations/shale.sum was"
                + " written: its hash is h1:"), edited.message());
        assertEquals("if the edit is deliberate, run shale hash; otherwise restore it (git checkout --"
                + " migrations/1_a.sql)", edited.fix());
        assertEquals("migrations/2_b.sql is not in migrations/shale.sum: it was added by hand or copied from"
                + " another branch. Fix: if the file is deliberate, run shale hash; otherwise delete it",
                found.get(2).toString());
        assertEquals("migrations/1_a.down.sql is in migrations/shale.sum but not on disk: it was deleted or"
                + " renamed.", found.get(0).message());
    }

    @Test
    void verifyReportsAHandEditedTotal() {
        String written = SumFile.of(List.of(UP, DOWN)).write();
        String otherTotal = SumFile.of(List.of(SECOND)).total();
        SumFile edited = SumFile.parse(otherTotal + written.substring(written.indexOf('\n')), SOURCE);
        List<SumMismatch> found = edited.verify(List.of(UP, DOWN));
        assertEquals(1, found.size());
        assertEquals(SumMismatch.Kind.TOTAL, found.get(0).kind());
        assertEquals(SOURCE, found.get(0).file());
    }

    @Test
    void verifyReportsReorderedLines() {
        String[] lines = SumFile.of(List.of(UP, DOWN)).write().split("\n");
        SumFile reordered = SumFile.parse(lines[0] + "\n" + lines[2] + "\n" + lines[1] + "\n", SOURCE);
        assertEquals(SumMismatch.Kind.TOTAL, reordered.verify(List.of(UP, DOWN)).get(0).kind());
    }

    @Test
    void malformedLinesAreNamed() {
        String valid = SumFile.of(List.of(UP)).write();
        SumFileException empty = assertThrows(SumFileException.class, () -> SumFile.parse("", SOURCE));
        assertEquals(1, empty.line());
        SumFileException total = assertThrows(SumFileException.class, () -> SumFile.parse("h1:nope\n", SOURCE));
        assertEquals("migrations/shale.sum line 1 must be the total hash h1:<base64 of 32 bytes>, not \"h1:nope\".",
                total.problem());
        SumFileException entry = assertThrows(SumFileException.class,
                () -> SumFile.parse(valid + "2_b.sql h1:short\n", SOURCE));
        assertEquals(3, entry.line());
        assertEquals(SOURCE, entry.source());
        assertEquals("migrations/shale.sum line 3 must be <file name> h1:<base64 of 32 bytes>, not"
                + " \"2_b.sql h1:short\".", entry.problem());
        String twice = valid + valid.substring(valid.indexOf('\n') + 1);
        assertEquals("migrations/shale.sum line 3 names 1_a.sql a second time.",
                assertThrows(SumFileException.class, () -> SumFile.parse(twice, SOURCE)).problem());
    }

    @Test
    void namesMustBeUniqueAndWithoutWhitespace() {
        assertThrows(IllegalArgumentException.class, () -> SumFile.of(List.of(UP, UP)));
        assertThrows(IllegalArgumentException.class,
                () -> SumFile.of(List.of(NamedContent.ofText("a b.sql", ""))));
    }
}
