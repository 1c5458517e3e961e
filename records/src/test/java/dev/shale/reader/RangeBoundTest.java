package dev.shale.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeBoundTest {

    private static RangeBound atLeast(String value, boolean inclusive) {
        return RangeBound.atLeast(new BigDecimal(value), inclusive);
    }

    private static RangeBound atMost(String value, boolean inclusive) {
        return RangeBound.atMost(new BigDecimal(value), inclusive);
    }

    @Test
    void writesOneBoundAsAParenthesisedComparison() {
        assertEquals("priority >= 1", RangeBound.expression("priority", List.of(atLeast("1", true))));
        assertEquals("priority > 1", RangeBound.expression("priority", List.of(atLeast("1", false))));
        assertEquals("priority <= 1", RangeBound.expression("priority", List.of(atMost("1", true))));
        assertEquals("priority < 1", RangeBound.expression("priority", List.of(atMost("1", false))));
    }

    @Test
    void putsLowerBoundsFirstWhateverTheOrderGiven() {
        String expected = "priority >= 1 AND priority <= 5";

        assertEquals(expected, RangeBound.expression("priority", List.of(atMost("5", true), atLeast("1", true))));
        assertEquals(expected, RangeBound.expression("priority", List.of(atLeast("1", true), atMost("5", true))));
    }

    @Test
    void ordersBoundsOfOneSideByValueThenOperator() {
        assertEquals("x > 0 AND x >= 0.5 AND x >= 1 AND x < 9 AND x <= 9", RangeBound.expression("x",
                List.of(atLeast("1", true), atMost("9", true), atLeast("0", false), atMost("9", false),
                        atLeast("0.5", true))));
    }

    @Test
    void dropsDuplicateBoundsAndNormalisesNumbers() {
        assertEquals("x >= 0", RangeBound.expression("x", List.of(atLeast("0", true), atLeast("0.00", true))));
        assertEquals("x <= 1000 AND x <= 1000.5",
                RangeBound.expression("x", List.of(atMost("1E+3", true), atMost("1000.50", true))));
        assertEquals("x >= -12.5", RangeBound.expression("x", List.of(atLeast("-12.50", true))));
    }

    @Test
    void quotesTheColumnOnlyWhenItMust() {
        assertEquals("\"order\" >= 0", RangeBound.expression("order", List.of(atLeast("0", true))));
        assertEquals("\"Amount\" > 0", RangeBound.expression("Amount", List.of(atLeast("0", false))));
    }

    @Test
    void knowsItsSide() {
        assertTrue(atLeast("1", false).lower());
        assertFalse(atMost("1", false).lower());
    }
}
