package dev.shale.diff;

import static dev.shale.diff.Fixtures.INTEGER;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingAlignmentTest {

    @Test
    void keyIgnoresParenthesesSpaceAndTheCaseOfWordsButNotOfQuotedText() {
        assertEquals(SpellingAlignment.key("odd % 2 = 1"), SpellingAlignment.key("(odd % 2) = 1"));
        assertEquals(SpellingAlignment.key("t is not null"), SpellingAlignment.key("t IS NOT NULL"));
        assertNotEquals(SpellingAlignment.key("t = 'A b'"), SpellingAlignment.key("t = 'a b'"));
        assertNotEquals(SpellingAlignment.key("\"Order\" > 0"), SpellingAlignment.key("\"order\" > 0"));
        assertNotEquals(SpellingAlignment.key("a BETWEEN 1 AND 5"), SpellingAlignment.key("a >= 1 AND a <= 5"));
        assertEquals("t is not null", SpellingAlignment.key("t   IS\nNOT ( NULL )"));
    }

    @Test
    void expectedTakesTheActualSpellingOnlyWhereTheyDifferInSpelling() {
        Index expectedIndex = new Index("t_lower_idx", List.of(IndexKey.expression("LOWER(name)")), false,
                IndexMethod.BTREE, "(odd > 0)");
        Index actualIndex = new Index("t_lower_idx", List.of(IndexKey.expression("lower(name)")), false,
                IndexMethod.BTREE, "odd > 0");
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
}
