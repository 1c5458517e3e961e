package dev.shale.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static dev.shale.diff.Fixtures.INTEGER;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;

import dev.shale.diff.drift.Drift;
import dev.shale.diff.drift.DriftItem;
import dev.shale.diff.drift.SpellingAlignment;
import dev.shale.model.ExpressionSite;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.QualifiedName;
import dev.shale.model.Index;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingAlignmentTest {

    @Test
    void theSameButForSpellingTakesTheActualSpelling() {
        assertSame("(odd % 2) = 1", "odd % 2 = 1", "(odd % 2) = 1");
        assertSame("t IS NOT NULL", "t is not null", "t IS NOT NULL");
        assertSame("t IS NOT NULL", "t   is\nNOT ( NULL )", "t IS NOT NULL");
        assertSame("a >= 1 AND a <= 5", "(a >= 1) AND (a <= 5)", "a >= 1 AND a <= 5");
        assertSame("a > 0 OR b > 0", "(a > 0) OR (b > 0)", "a > 0 OR b > 0");
    }

    @Test
    void differentTextsKeepTheExpectedSpelling() {
        assertSame("t = 'A b'", "t = 'A b'", "t = 'a b'");
        assertSame("\"Order\" > 0", "\"Order\" > 0", "\"order\" > 0");
        assertSame("a BETWEEN 1 AND 5", "a BETWEEN 1 AND 5", "a >= 1 AND a <= 5");
        assertSame("(a OR b) AND c", "(a OR b) AND c", "a OR b AND c");
        assertSame("x", "x", null);
        assertSame(null, null, "x");
    }

    private static void assertSame(String wanted, String expected, String actual) {
        assertEquals(wanted, SpellingAlignment.spelling(expected, actual), () -> expected + " against " + actual);
    }

    @Test
    void expectedTakesTheActualSpellingOnlyWhereTheyDifferInSpelling() {
        Index expectedIndex = Index.builder("t_lower_idx").expression("LOWER(name)").where("(odd > 0)").build();
        Index actualIndex = Index.builder("t_lower_idx").expression("lower(name)").where("odd > 0").build();
        SchemaModel expected = model().table(table("t")
                .col(col("odd", INTEGER).defaultTo("(1 + 2)"), col("name", TEXT))
                .check("t_odd_check", "odd % 2 = 1")
                .check("t_between_check", "odd BETWEEN 1 AND 5")
                .index(expectedIndex)).build();
        SchemaModel actual = model().table(table("t")
                .col(col("odd", INTEGER).defaultTo("1 + 2"), col("name", TEXT))
                .check("t_odd_check", "(odd % 2) = 1")
                .check("t_between_check", "odd >= 1 AND odd <= 5")
                .index(actualIndex)).build();

        SchemaModel aligned = SpellingAlignment.align(expected, actual);

        SchemaModel wanted = model().table(table("t")
                .col(col("odd", INTEGER).defaultTo("1 + 2"), col("name", TEXT))
                .check("t_odd_check", "(odd % 2) = 1")
                .check("t_between_check", "odd BETWEEN 1 AND 5")
                .index(actualIndex)).build();
        assertEquals(wanted, aligned);
    }

    @Test
    void aKnownPostgresqlSpellingIsExactAndTheHeuristicServesOnlyWhereNoneIsKnown() {
        QualifiedName t = new QualifiedName("public", "t");
        SchemaModel expected = model().table(table("t")
                .col(col("a", INTEGER).defaultTo("(1 + 2)"), col("b", INTEGER))
                .check("t_a_check", "a between 1 and 5")
                .check("t_b_check", "(b + 1) * 2 > 0")
                .check("t_old_check", "(a >= 1) AND (a <= 5)")).build();
        SchemaModel actual = model().table(table("t")
                .col(col("a", INTEGER).defaultTo("1 + 2"), col("b", INTEGER))
                .check("t_a_check", "a >= 1 AND a <= 5")
                .check("t_b_check", "b + 1 * 2 > 0")
                .check("t_old_check", "a >= 1 AND a <= 5")).build();
        PostgresSpellings spellings = new PostgresSpellings(List.of(
                new PostgresSpellings.Entry(ExpressionSite.of(t, ExpressionSite.Kind.CHECK, "t_a_check"),
                        "a between 1 and 5", "a >= 1 AND a <= 5"),
                new PostgresSpellings.Entry(ExpressionSite.of(t, ExpressionSite.Kind.CHECK, "t_b_check"),
                        "(b + 1) * 2 > 0", "(b + 1) * 2 > 0"),
                // obtained for another declared text: does not apply
                new PostgresSpellings.Entry(ExpressionSite.of(t, ExpressionSite.Kind.DEFAULT, "a"), "4", "4")));

        SchemaModel aligned = SpellingAlignment.align(expected, actual, spellings);

        SchemaModel wanted = model().table(table("t")
                .col(col("a", INTEGER).defaultTo("1 + 2"), col("b", INTEGER))
                .check("t_a_check", "a >= 1 AND a <= 5")
                // the heuristic would take the catalog's text (same but for parentheses); the known spelling does not
                .check("t_b_check", "(b + 1) * 2 > 0")
                .check("t_old_check", "a >= 1 AND a <= 5")).build();
        assertEquals(wanted, aligned);
        // by the known spellings: t_b_check's real regrouping is drift, t_a_check's BETWEEN is not
        assertEquals(List.of("t_b_check"), driftedChecks(Drift.between(actual, expected, spellings)));
        // by the heuristic alone: the other way round
        assertEquals(List.of("t_a_check"), driftedChecks(Drift.between(actual, expected)));
    }

    private static List<String> driftedChecks(Drift drift) {
        return drift.items().stream().map(DriftItem::message)
                .map(m -> m.replaceAll("^check (\\w+) on .*$", "$1")).toList();
    }
}
