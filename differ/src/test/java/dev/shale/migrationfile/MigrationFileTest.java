package dev.shale.migrationfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.migrationfile.MigrationFileException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationFileTest {

    private static final MigrationFile GENERATED = MigrationFile.of(
            HeaderLines.of("-- Shale migration (up)", "-- shale:transactional true", "-- shale:hazards none", "--",
                    "-- Changes:", "--   add table public.t"),
            List.of(Step.of(new StepMarker(1, true), List.of("SET lock_timeout = '500ms'",
                            "CREATE TABLE public.t (\n    a integer\n)")),
                    Step.of(new StepMarker(2, false), List.of("CREATE INDEX CONCURRENTLY t_a ON public.t (a)"))));

    private static final String GENERATED_TEXT = """
            -- Shale migration (up)
            -- shale:transactional true
            -- shale:hazards none
            --
            -- Changes:
            --   add table public.t

            -- shale:step 1 transactional
            SET lock_timeout = '500ms';
            CREATE TABLE public.t (
                a integer
            );

            -- shale:step 2 non-transactional
            CREATE INDEX CONCURRENTLY t_a ON public.t (a);
            """;

    @Test
    void aGeneratedFileIsWrittenAsTheGoldenText() {
        assertEquals(GENERATED_TEXT, GENERATED.write());
        assertEquals(GENERATED, MigrationFile.parse(GENERATED_TEXT));
    }

    @Test
    void theHeaderEntriesAreItsShaleLinesWithTheirLineNumbers() {
        assertEquals(List.of(new HeaderLines.Entry(2, "transactional", "true"),
                        new HeaderLines.Entry(3, "hazards", "none")),
                MigrationFile.parse(GENERATED_TEXT).header().entries());
    }

    @Test
    void anEntryLineReadsBackAsItsEntry() {
        HeaderLines header = HeaderLines.of("-- note", HeaderLines.entryLine("requires", "no-nulls public.t.a"),
                HeaderLines.entryLine("hazards", "data-loss,long-lock"));
        assertEquals("-- shale:requires no-nulls public.t.a", header.lines().get(1));
        assertEquals(List.of(new HeaderLines.Entry(2, "requires", "no-nulls public.t.a"),
                new HeaderLines.Entry(3, "hazards", "data-loss,long-lock")), header.entries());
    }

    @Test
    void aFileWithoutMarkersIsItsHeaderAndABody() {
        String text = "-- Shale custom migration (up)\n-- shale:transactional false\n\n-- seed rows\nINSERT INTO t"
                + " VALUES (1);\n-- shale:hazards none\n";
        MigrationFile file = MigrationFile.parse(text);
        assertEquals(List.of("-- Shale custom migration (up)", "-- shale:transactional false", "", "-- seed rows"),
                file.header().lines());
        assertEquals("INSERT INTO t VALUES (1);\n-- shale:hazards none\n", file.preamble());
        assertEquals(List.of(), file.steps());
        assertEquals(text, file.write());
    }

    @Test
    void aLastHeaderLineWithoutALineBreakIsBody() {
        MigrationFile file = MigrationFile.parse("-- a\n-- shale:baseline true");
        assertEquals(List.of("-- a"), file.header().lines());
        assertEquals("-- shale:baseline true", file.preamble());
        assertEquals("-- a\n-- shale:baseline true", file.write());
    }

    @Test
    void aMarkerInsideAStringDollarQuoteOrBlockCommentIsNone() {
        String text = "-- shale:step 1 transactional\nSELECT '\n-- shale:step 7 bogus\n';\nDO $$\n-- shale:step 8\n"
                + "$$;\n/*\n-- shale:step 9\n*/\n-- shale:step 2 non-transactional\nSELECT 2;\n";
        MigrationFile file = MigrationFile.parse(text);
        assertEquals(List.of(new StepMarker(1, true), new StepMarker(2, false)),
                file.steps().stream().map(Step::marker).toList());
        assertEquals(text, file.write());
    }

    @Test
    void markersNotWrittenAsShaleWritesThemAreRefusedWithTheirLine() {
        assertRefused("SELECT 1;\n-- shale:step 1 transactional extra\n", Reason.MARKER_FORM, 2);
        assertRefused("-- shale:step one transactional\n", Reason.MARKER_NUMBER, 1);
        assertRefused("-- shale:step 1 sometimes\n", Reason.MARKER_MODE, 1);
        assertRefused("-- shale:step 2 transactional\nSELECT 1;\n", Reason.MARKER_ORDER, 1);
        assertRefused("--shale:step 1 transactional\n", Reason.MARKER_LINE, 1);
        assertRefused("SELECT 1; -- shale:step 1 transactional\n", Reason.MARKER_LINE, 1);
        assertRefused("-- shale:step 1 transactional\r\nSELECT 1;\r\n", Reason.MARKER_LINE, 1);
        assertRefused("-- shale:step 1 transactional", Reason.MARKER_LINE, 1);
    }

    @Test
    void valuesThatWouldNotReadBackAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HeaderLines.of("SELECT 1"));
        assertThrows(IllegalArgumentException.class, () -> HeaderLines.of("-- a\n-- b"));
        assertThrows(IllegalArgumentException.class, () -> HeaderLines.of("-- shale:step 1 transactional"));
        assertThrows(IllegalArgumentException.class, () -> new MigrationFile(HeaderLines.of(), "-- note\nSELECT 1;\n",
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MigrationFile(HeaderLines.of(), "",
                List.of(new Step(new StepMarker(2, true), ""))));
        assertThrows(IllegalArgumentException.class, () -> new MigrationFile(HeaderLines.of(), "",
                List.of(new Step(new StepMarker(1, true), "SELECT 1;"), new Step(new StepMarker(2, true), ""))));
    }

    @Test
    void randomFilesReadBackAsTheyWereWritten() {
        Random random = new Random(20261204);
        for (int round = 0; round < 500; round++) {
            MigrationFile file = randomFile(random);
            String text = file.write();
            assertEquals(file, MigrationFile.parse(text), text);
            assertEquals(text, MigrationFile.parse(text).write(), text);
        }
    }

    @Test
    void theExampleMigrationsReadAndWriteBackByteForByte() throws IOException {
        Path folder = Path.of("..", "examples", "migrations");
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "example migrations in " + folder.toAbsolutePath() + ": " + files.size());
        for (Path path : files) {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            MigrationFile file = MigrationFile.parse(text);
            assertEquals(text, file.write(), path.toString());
            assertTrue(!file.steps().isEmpty(), path + " has steps");
            assertEquals("", file.preamble(), path.toString());
            assertTrue(file.header().entries().stream().anyMatch(e -> e.key().equals("hazards")), path.toString());
        }
    }

    private static void assertRefused(String text, Reason reason, int line) {
        MigrationFileException e = assertThrows(MigrationFileException.class, () -> MigrationFile.parse(text));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }

    private static final List<String> HEADER_LINES = List.of("-- Shale migration (up)", "-- shale:transactional true",
            "-- shale:hazards data-loss,table-rewrite", "--", "", "   ", "-- Changes:", "--   add column \"Odd\".x",
            "-- shale:loses column public.t.a", "--shale:baseline true", "-- a note with 'quote and $$ and /*",
            "-- shale:stepping is no marker", "\t-- indented");

    private static final List<String> STATEMENTS = List.of("SELECT 1;\n", "SET lock_timeout = '500ms';\n",
            "SELECT '\n-- shale:step 9 transactional\n';\n", "DO $b$\n-- shale:step 3 bogus\nBEGIN END $b$;\n",
            "/* -- shale:step 4\n   /* nested */ */ SELECT 2;\n", "-- a comment line\n", "\n",
            "CREATE TABLE \"t;\" (\"a--b\" text DEFAULT E'\\'');\n", "INSERT INTO t VALUES ($$x$$);\n");

    private static MigrationFile randomFile(Random random) {
        List<String> header = new ArrayList<>();
        for (int n = random.nextInt(8); n > 0; n--) {
            header.add(HEADER_LINES.get(random.nextInt(HEADER_LINES.size())));
        }
        List<Step> steps = new ArrayList<>();
        int stepCount = random.nextInt(4);
        for (int i = 1; i <= stepCount; i++) {
            String text = statements(random, random.nextInt(4));
            if (i == stepCount && text.endsWith("\n") && random.nextBoolean()) {
                text = text.substring(0, text.length() - 1);
            }
            steps.add(new Step(new StepMarker(i, random.nextBoolean()), text));
        }
        String preamble = random.nextInt(3) == 0 ? "" : "SELECT 0;\n" + statements(random, random.nextInt(3));
        if (stepCount == 0 && preamble.endsWith("\n") && random.nextBoolean()) {
            preamble = preamble.substring(0, preamble.length() - 1);
        }
        return new MigrationFile(new HeaderLines(header), preamble, steps);
    }

    private static String statements(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(STATEMENTS.get(random.nextInt(STATEMENTS.size())));
        }
        return text.toString();
    }
}
