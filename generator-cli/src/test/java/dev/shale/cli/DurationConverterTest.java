package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private static final String FORM = "; write a whole number with a unit: 250ms, 10s, 5m, 1h or 1h30m (0 for none)";

    @Test
    void readsEveryUnitAndTheirSums() {
        DurationConverter converter = new DurationConverter();
        assertEquals(Duration.ZERO, converter.convert("0"));
        assertEquals(Duration.ofMillis(250), converter.convert("250ms"));
        assertEquals(Duration.ofMinutes(90), converter.convert("1h30m"));
        assertEquals(Duration.ofDays(365), converter.convert("365d"));
        assertEquals(Duration.ofMillis(Integer.MAX_VALUE), new DurationConverter.PostgresTimeout().convert("2147483647ms"));
    }

    @Test
    void refusesGarbageNegativesAndOverflowsSayingTheForm() {
        DurationConverter converter = new DurationConverter();
        assertRefused(converter, "-5s", "'-5s' is not a duration" + FORM);
        assertRefused(converter, "1.5s", "'1.5s' is not a duration" + FORM);
        assertRefused(converter, "10", "'10' is not a duration" + FORM);
        assertRefused(converter, "99999999999999h", "'99999999999999h' is longer than the limit of 8760h" + FORM);
        assertRefused(converter, "99999999999999999999h", "'99999999999999999999h' is longer than the limit of 8760h"
                + FORM);
        assertRefused(converter, "366d", "'366d' is longer than the limit of 8760h" + FORM);
        assertRefused(new DurationConverter.PostgresTimeout(), "2147483648ms",
                "'2147483648ms' is longer than PostgreSQL's limit of 2147483647ms" + FORM);
    }

    private static void assertRefused(DurationConverter converter, String value, String message) {
        assertEquals(message, assertThrows(TypeConversionException.class, () -> converter.convert(value)).getMessage());
    }
}
