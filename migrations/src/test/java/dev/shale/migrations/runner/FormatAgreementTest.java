package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.postgres.DataLoss;
import dev.shale.migrationfile.FileLayout;
import dev.shale.migrationfile.HeaderLines;
import dev.shale.migrationfile.MigrationFile;
import dev.shale.migrationfile.Step;
import dev.shale.migrationfile.StepMarker;
import dev.shale.migrations.runner.sql.MigrationHeader;
import dev.shale.migrations.runner.sql.MigrationScript;
import dev.shale.migrations.runner.sql.ScriptStep;
import dev.shale.migrations.runner.sql.SqlScript;
import dev.shale.migrations.runner.sql.SqlScriptException;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The runner's reading of a migration file ({@link MigrationScript}: header values, steps, their modes and
 * statements) agrees with the format's ({@link MigrationFile#parse}) on random files, and refuses exactly the files
 * the format reads but the runner's rules forbid (steps under {@code shale:transactional false}, a statement before
 * the first marker, a step without a statement), at the line the format places them on.
 */
class FormatAgreementTest {

    private static final List<String> HEADER_LINES = List.of("-- Shale migration (up)", "-- shale:transactional true",
            "-- shale:hazards data-loss,table-rewrite", "--", "", "   ", "-- Changes:", "--   add column \"Odd\".x",
            "-- shale:loses column public.t.a", "--shale:baseline true", "-- a note with 'quote and $$ and /*",
            "-- shale:hazards none", "\t-- indented", "-- shale:baseline false", "-- shale:transactional false");

    private static final List<String> STATEMENTS = List.of("SELECT 1;\n", "SET lock_timeout = '500ms';\n",
            "SELECT '\n-- shale:step 9 transactional\n';\n", "DO $b$\n-- shale:step 3 bogus\nBEGIN END $b$;\n",
            "/* -- shale:step 4\n   /* nested */ */ SELECT 2;\n", "-- a comment line\n", "\n",
            "CREATE TABLE \"t;\" (\"a--b\" text DEFAULT E'\\'');\n", "INSERT INTO t VALUES ($$x$$);\n",
            "-- shale:stepping is no marker\n");

    @Test
    void randomFilesReadTheSameByTheRunnerAndTheFormat() {
        Random random = new Random(20261204);
        int accepted = 0;
        int refused = 0;
        for (int round = 0; round < 500; round++) {
            String text = randomFile(random).write();
            MigrationFile file = MigrationFile.parse(text);
            SqlScriptException expected = refusal(file);
            if (expected == null) {
                MigrationScript script = MigrationScript.read(text, Map.of());
                assertAgrees(file, text, script);
                assertAgrees(file, text, MigrationScript.read(loosened(file), Map.of()));
                accepted++;
            } else {
                SqlScriptException e = assertThrows(SqlScriptException.class,
                        () -> MigrationScript.read(text, Map.of()), text);
                assertEquals(expected.line(), e.line(), e.getMessage() + "\n" + text);
                assertTrue(e.getMessage().contains(expected.getMessage()), e.getMessage() + "\n" + text);
                refused++;
            }
        }
        assertTrue(accepted > 100 && refused > 50, accepted + " accepted, " + refused + " refused");
    }

    @Test
    void theRunnerFindsTheFormatsMarkerLinesInLooseAndCrlfSpelling() {
        String text = "-- shale:hazards none\r\n--shale:step   1\ttransactional  \r\nSELECT 1;\r\n"
                + "  -- shale:step 2 non-transactional\r\nSELECT 2;\r\n";
        FileLayout layout = FileLayout.read("\uFEFF" + text);
        assertEquals(List.of(2, 4), layout.markers().stream().map(FileLayout.MarkerLine::line).toList());
        assertEquals(new StepMarker(1, true), layout.markers().get(0).marker(1));
        assertEquals(new StepMarker(2, false), layout.markers().get(1).marker(2));
        assertEquals(List.of("hazards"), layout.header().entries().stream().map(HeaderLines.Entry::key).toList());
        MigrationScript script = MigrationScript.read(text, Map.of());
        assertEquals(List.of(true, false), script.steps().stream().map(ScriptStep::transactional).toList());
        assertEquals(List.of("SELECT 1", "SELECT 2"), script.statements().stream().map(SqlStatement::sql).toList());
    }

    @Test
    void aLastHeaderLineWithoutALineBreakIsHeaderToTheRunnerAndBodyToTheFormat() {
        // a known difference, kept: the format writes every header line with its line break, so it reads a last
        // line without one as body; the runner (and FileLayout) read it as a header line
        String text = "-- shale:transactional false";
        assertTrue(MigrationFile.parse(text).header().lines().isEmpty());
        assertEquals(text, MigrationFile.parse(text).preamble());
        assertFalse(MigrationScript.read(text, Map.of()).header().transactional());
        assertEquals(List.of(text), FileLayout.read(text).header().lines());
    }

    /** The runner's reading matches the format's: header values, step count, numbers, modes and statements. */
    private static void assertAgrees(MigrationFile file, String text, MigrationScript script) {
        MigrationHeader header = script.header();
        assertEquals(value(file, "transactional", "true").equals("true"), header.transactional(), text);
        assertEquals(value(file, "baseline", "false").equals("true"), header.baseline(), text);
        String hazards = value(file, "hazards", "none");
        assertEquals(hazards.equals("none") ? "none" : String.join(",", new TreeSet<>(List.of(hazards.split(",")))),
                header.hazardCodes(), text);
        assertEquals(file.header().entries().stream().filter(e -> e.key().equals("loses"))
                .map(e -> DataLoss.parse(e.value())).toList(), header.losses(), text);
        assertEquals(!file.steps().isEmpty(), script.marked(), text);
        if (file.steps().isEmpty()) {
            assertEquals(1, script.steps().size(), text);
            assertEquals(header.transactional(), script.steps().get(0).transactional(), text);
            assertEquals(sqls(SqlScript.parse(file.preamble()).statements()),
                    sqls(script.steps().get(0).statements()), text);
            return;
        }
        assertEquals(file.steps().size(), script.steps().size(), text);
        for (int i = 0; i < file.steps().size(); i++) {
            Step step = file.steps().get(i);
            ScriptStep read = script.steps().get(i);
            assertEquals(step.marker().number(), read.number(), text);
            assertEquals(step.marker().transactional(), read.transactional(), text);
            assertEquals(sqls(SqlScript.parse(step.text()).statements()), sqls(read.statements()), text);
        }
    }

    /** The last value of a header key, as the runner takes it, or {@code otherwise}. */
    private static String value(MigrationFile file, String key, String otherwise) {
        String value = otherwise;
        for (HeaderLines.Entry entry : file.header().entries()) {
            if (entry.key().equals(key)) {
                value = entry.value();
            }
        }
        return value;
    }

    /**
     * The refusal the runner owes a file the format reads (its line, and a part of its message), or {@code null}
     * when the runner runs it.
     */
    private static SqlScriptException refusal(MigrationFile file) {
        if (file.steps().isEmpty()) {
            return null;
        }
        int headerLines = file.header().lines().size();
        int firstMarker = headerLines + lines(file.preamble()) + 1;
        if (value(file, "transactional", "true").equals("false")) {
            return new SqlScriptException(firstMarker, "line " + firstMarker + " starts a step, and the header says"
                    + " shale:transactional false");
        }
        List<SqlStatement> stray = SqlScript.parse(file.preamble()).statements();
        if (!stray.isEmpty()) {
            int line = headerLines + stray.get(0).line();
            return new SqlScriptException(line, "line " + line + " holds a statement before the first step marker"
                    + " (line " + firstMarker + ")");
        }
        int marker = firstMarker;
        for (Step step : file.steps()) {
            if (SqlScript.parse(step.text()).isEmpty()) {
                return new SqlScriptException(marker, "line " + marker + " starts step " + step.marker().number()
                        + ", which holds no statement");
            }
            marker += 1 + lines(step.text());
        }
        return null;
    }

    /** The file with CRLF line ends and its markers spelled loosely, which the runner reads as the original. */
    private static String loosened(MigrationFile file) {
        StringBuilder out = new StringBuilder(file.header().text()).append(file.preamble());
        for (Step step : file.steps()) {
            out.append(" --shale:step\t ").append(step.marker().number()).append("  ").append(step.marker().mode())
                    .append(" \n").append(step.text());
        }
        return out.toString().replace("\n", "\r\n");
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static List<String> sqls(List<SqlStatement> statements) {
        return statements.stream().map(s -> s.sql().replace("\r", "")).toList();
    }

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
        String preamble = random.nextInt(3) != 0 ? "" : "SELECT 0;\n" + statements(random, random.nextInt(3));
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
