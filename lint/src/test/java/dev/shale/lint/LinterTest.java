package dev.shale.lint;

import static dev.shale.lint.LintFixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.postgres.HazardSeverity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code -- shale:allow <code> <reason>}: accepted, unmatched, malformed; and the report's verdict. */
class LinterTest {

    @Test
    void allowAcceptsThatCodeForThatStatementOnly() {
        List<LintFinding> found = findings("""
                SET lock_timeout = '2s';
                -- shale:allow drop-table archived to cold storage in release 41
                DROP TABLE audit_2019;
                DROP TABLE audit_2020;
                """);
        assertEquals(2, found.size());
        assertTrue(found.get(0).accepted());
        assertEquals("archived to cold storage in release 41", found.get(0).acceptedReason());
        assertEquals(3, found.get(0).line());
        assertFalse(found.get(1).accepted());
        assertEquals(4, found.get(1).line());
    }

    @Test
    void allowThatMatchesNothingIsReported() {
        List<LintFinding> found = findings("-- shale:allow drop-column not needed\nCREATE TABLE t (id bigint);\n"
                + "-- shale:allow drop-table at the end\n");
        assertEquals(List.of("unused-allow", "unused-allow"), found.stream().map(f -> f.code().code()).toList());
        assertEquals(List.of(1, 3), found.stream().map(LintFinding::line).toList());
    }

    @Test
    void allowWithoutReasonOrWithAnUnknownCodeIsInvalid() {
        List<LintFinding> found = findings("""
                SET lock_timeout = '2s';
                -- shale:allow drop-table
                -- shale:allow drop-everything because
                DROP TABLE t;
                """);
        assertEquals(List.of("drop-table", "invalid-allow", "invalid-allow"),
                found.stream().map(f -> f.code().code()).toList());
        assertFalse(found.get(0).accepted());
    }

    @Test
    void headerControlAllowIsNotALintAllow() {
        assertEquals(List.of(), findings("-- shale:allow transaction-control\n-- shale:transactional false\n"
                + "CREATE TABLE IF NOT EXISTS t (id bigint);"));
    }

    @Test
    void verdictByThreshold() {
        LintReport notes = Linter.lint(List.of(new Linter.Source("a.sql", "CREATE TABLE t (a integer);")));
        assertFalse(notes.fails(HazardSeverity.WARNING));
        assertTrue(notes.fails(HazardSeverity.NOTE));
        LintReport accepted = Linter.lint(List.of(new Linter.Source("a.sql",
                "SET lock_timeout = '2s';\n-- shale:allow drop-table empty since 2024\nDROP TABLE t;")));
        assertFalse(accepted.fails(HazardSeverity.NOTE));
        LintReport error = Linter.lint(List.of(new Linter.Source("a.sql", "SET lock_timeout = '2s';\nDROP TABLE t;")));
        assertTrue(error.fails(HazardSeverity.ERROR));
    }
}
