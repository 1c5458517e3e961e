package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.postgres.HazardCode;
import dev.shale.diff.postgres.HazardSeverity;
import dev.shale.diff.postgres.HazardLine;
import dev.shale.migrations.runner.sql.MigrationHeader;
import dev.shale.migrations.runner.sql.MigrationScript;
import dev.shale.migrations.runner.sql.ScriptStep;
import dev.shale.migrations.runner.sql.SqlScriptException;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@code -- shale:step} markers split a file into steps, and what a bad marker says. */
class StepMarkersTest {

    private static final String THREE_STEPS = """
            -- Shale migration (up)
            -- shale:hazards long-lock
            -- shale:hazard index-not-concurrent error public.orders_created_at_idx
            -- shale:step 1 transactional
            SET lock_timeout = '2s';
            ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

            -- shale:step 2 non-transactional
            SET statement_timeout = '0';
            CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON public.orders (created_at);

            -- shale:step 3 transactional
            ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
            """;

    private static MigrationScript read(String text) {
        return MigrationScript.read(text, Map.of());
    }

    private static SqlScriptException refused(String text) {
        return assertThrows(SqlScriptException.class, () -> read(text));
    }

    private static List<String> firstWords(ScriptStep step) {
        return step.statements().stream().map(s -> s.leadingTokens().get(0)).toList();
    }

    @Test
    void markersSplitTheFileIntoNumberedStepsWithTheirModes() {
        MigrationScript script = read(THREE_STEPS);
        assertTrue(script.marked());
        assertEquals(List.of(1, 2, 3), script.steps().stream().map(ScriptStep::number).toList());
        assertEquals(List.of(true, false, true), script.steps().stream().map(ScriptStep::transactional).toList());
        assertEquals(List.of("SET", "ALTER"), firstWords(script.steps().get(0)));
        assertEquals(List.of("SET", "CREATE"), firstWords(script.steps().get(1)));
        assertEquals(List.of("ALTER"), firstWords(script.steps().get(2)));
        // the flat statements stay as they were
        assertEquals(5, script.statements().size());
        assertEquals(List.of(new HazardLine(HazardCode.INDEX_NOT_CONCURRENT, HazardSeverity.ERROR,
                "public.orders_created_at_idx")), script.header().hazardLines());
    }

    @Test
    void aFileWithoutMarkersIsOneStepOfItsHeadersMode() {
        MigrationScript plain = read("CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);");
        assertFalse(plain.marked());
        assertEquals(1, plain.steps().size());
        assertTrue(plain.steps().get(0).transactional());
        assertEquals(plain.statements(), plain.steps().get(0).statements());
        MigrationScript alone = read("-- shale:transactional false\nCREATE INDEX CONCURRENTLY i ON t (a);");
        assertFalse(alone.steps().get(0).transactional());
    }

    @Test
    void aMarkerInsideAStringADollarQuoteOrABlockCommentIsNoMarker() {
        MigrationScript script = read("""
                -- shale:step 1 transactional
                INSERT INTO notes VALUES ('
                -- shale:step 2 transactional
                ');
                DO $$ BEGIN
                -- shale:step 2 non-transactional
                END $$;
                /*
                -- shale:step 2 transactional
                */
                SELECT 1;
                """);
        assertEquals(1, script.steps().size());
        assertEquals(3, script.steps().get(0).statements().size());
    }

    @Test
    void aStepsNumberMustFollowThePreviousOne() {
        SqlScriptException e = refused("-- shale:step 1 transactional\nSELECT 1;\n-- shale:step 3 transactional\nSELECT 2;");
        assertEquals(3, e.line());
        assertEquals("line 3 says -- shale:step 3 transactional, but it is step 2 of the file (steps are numbered from"
                + " 1 up by one)", e.getMessage());
        assertEquals("write -- shale:step 2 transactional (or non-transactional), then run shale hash", e.fix().orElseThrow());
        assertEquals(1, refused("-- shale:step 0 transactional\nSELECT 1;").line());
    }

    @Test
    void anUnknownModeOrAMissingPartIsRefused() {
        SqlScriptException mode = refused("-- shale:step 1 nontransactional\nSELECT 1;");
        assertEquals("line 1 says -- shale:step 1 nontransactional; the mode \"nontransactional\" is neither"
                + " transactional nor non-transactional", mode.getMessage());
        SqlScriptException missing = refused("SELECT 0;\n\n-- shale:step\nSELECT 1;");
        assertEquals(1, missing.line());
        SqlScriptException bare = refused("-- shale:step\nSELECT 1;");
        assertEquals("line 1 says -- shale:step ; a step marker is -- shale:step N transactional|non-transactional",
                bare.getMessage());
    }

    @Test
    void aStatementBeforeTheFirstMarkerIsRefused() {
        SqlScriptException e = refused("-- header\nCREATE TABLE t (a int);\n\n-- shale:step 1 transactional\nSELECT 1;");
        assertEquals(2, e.line());
        assertEquals("line 2 holds a statement before the first step marker (line 4); in a file with steps every"
                + " statement belongs to a step", e.getMessage());
        assertEquals("move the marker -- shale:step 1 ... above line 2, then run shale hash", e.fix().orElseThrow());
    }

    @Test
    void aMarkerInsideAStatementIsRefused() {
        SqlScriptException e = refused("-- shale:step 1 transactional\nCREATE TABLE t (\n"
                + "-- shale:step 2 transactional\n  a int);");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("inside a statement"), e.getMessage());
        assertEquals("put the marker on its own line after the ; that ends the statement above it, then run shale hash",
                e.fix().orElseThrow());
    }

    @Test
    void anEmptyStepIsRefused() {
        SqlScriptException e = refused("-- shale:step 1 transactional\n-- shale:step 2 transactional\nSELECT 1;");
        assertEquals(1, e.line());
        assertEquals("line 1 starts step 1, which holds no statement", e.getMessage());
    }

    @Test
    void markersAndANonTransactionalHeaderDoNotMix() {
        SqlScriptException e = refused("-- shale:transactional false\n-- shale:step 1 non-transactional\n"
                + "CREATE INDEX CONCURRENTLY i ON t (a);");
        assertEquals(2, e.line());
        assertTrue(e.fix().orElseThrow().startsWith("remove the header line -- shale:transactional false"),
                e.fix().orElseThrow());
    }

    @Test
    void hazardLinesNameTheirLineWhenUnreadable() {
        SqlScriptException code = assertThrows(SqlScriptException.class,
                () -> MigrationHeader.parse("--\n-- shale:hazard no-such-thing error public.t\n"));
        assertEquals(2, code.line());
        assertTrue(code.getMessage().startsWith("line 2 says shale:hazard \"no-such-thing error public.t\""),
                code.getMessage());
        assertTrue(code.getMessage().contains("\"no-such-thing\" is no hazard code; the codes are drop-table, "),
                code.getMessage());
        SqlScriptException severity = assertThrows(SqlScriptException.class,
                () -> MigrationHeader.parse("-- shale:hazard drop-table fatal public.t\n"));
        assertTrue(severity.getMessage().endsWith("\"fatal\" is no severity; write error, warning or note"),
                severity.getMessage());
        assertEquals(1, assertThrows(SqlScriptException.class,
                () -> MigrationHeader.parse("-- shale:hazard drop-table\n")).line());
    }

    @Test
    void segmentsCutAStepAfterAnEnumValueAdditionThatIsNotItsLast() {
        MigrationScript script = read("ALTER TYPE mood ADD VALUE 'sad';\nCREATE TABLE t (m mood DEFAULT 'sad');\n"
                + "ALTER TYPE mood ADD VALUE 'glad';");
        List<Segment> segments = Segment.of(script.steps(), script.restores());
        assertEquals(2, segments.size());
        assertEquals(List.of(1), segments.get(0).statements().stream().map(SqlStatement::index).toList());
        assertEquals(List.of(2, 3), segments.get(1).statements().stream().map(SqlStatement::index).toList());
    }
}
