package dev.shale.diff.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HazardLineTest {

    @Test
    void writesAndReadsCodeSeverityAndObject() {
        HazardLine line = new HazardLine(HazardCode.DROP_COLUMN, HazardSeverity.ERROR, "public.users.nickname");
        assertEquals("drop-column error public.users.nickname", line.headerText().orElseThrow());
        assertEquals(line, HazardLine.parse("drop-column error public.users.nickname"));
        assertEquals(line, HazardLine.parse("  drop-column   error   PUBLIC.Users.nickname "));
        assertEquals(new HazardLine(HazardCode.INDEX_NOT_CONCURRENT, HazardSeverity.ERROR, "public.\"Order Idx\""),
                HazardLine.parse("index-not-concurrent error public.\"Order Idx\""));
    }

    @Test
    void aNameWithAControlCharacterCannotBeWritten() {
        assertEquals(Optional.empty(),
                new HazardLine(HazardCode.DROP_TABLE, HazardSeverity.ERROR, "public.\"a\nb\"").headerText());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertEquals("write CODE SEVERITY OBJECT, such as drop-column error public.users.nickname",
                assertThrows(IllegalArgumentException.class, () -> HazardLine.parse("drop-column error")).getMessage());
        assertEquals("\"fatal\" is no severity; write error, warning or note", assertThrows(
                IllegalArgumentException.class, () -> HazardLine.parse("drop-column fatal public.t")).getMessage());
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> HazardLine.parse("drop-everything error public.t")).getMessage();
        assertEquals("\"drop-everything\" is no hazard code; the codes are drop-table, drop-column,",
                unknown.substring(0, unknown.indexOf("drop-column,") + "drop-column,".length()));
        assertEquals("an object is SCHEMA.TABLE or SCHEMA.TABLE.MEMBER, not 4 names", assertThrows(
                IllegalArgumentException.class, () -> HazardLine.parse("drop-column error a.b.c.d")).getMessage());
    }
}
