package dev.shale.migrations.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00.750Z");

    @Test
    void isTheUtcSecondOfTheInstant() {
        assertEquals("20261121093000", MigrationVersion.of(NOW).toString());
        assertEquals(Instant.parse("2026-11-21T09:30:00Z"), MigrationVersion.of(NOW).toInstant());
    }

    @Test
    void parsesWhatItPrints() {
        MigrationVersion version = MigrationVersion.parse("20261121093000");
        assertEquals(MigrationVersion.of(NOW), version);
        assertEquals("20261121093000", version.toString());
    }

    @Test
    void rejectsTextThatIsNotATimestamp() {
        for (String bad : new String[] {"2026112109300", "202611210930000", "20261321093000", "20260230093000",
                "20261121246000", "2026-11-21T09", "", "abcdefghijklmn"}) {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> MigrationVersion.parse(bad), bad);
            assertEquals(ProjectFileException.Problem.INVALID_VERSION, e.problem());
            assertEquals("\"" + bad + "\" is not a migration version: expected a UTC timestamp YYYYMMDDHHMMSS"
                    + " such as 20261121093000.", e.description());
        }
        assertFalse(MigrationVersion.isValid("20261321093000"));
        assertTrue(MigrationVersion.isValid("20261121093000"));
    }

    @Test
    void nextIsNowWhenTheClockIsAhead() {
        MigrationVersion earlier = MigrationVersion.parse("20261121092959");
        assertEquals(MigrationVersion.parse("20261121093000"), MigrationVersion.next(NOW, Optional.of(earlier)));
        assertEquals(MigrationVersion.parse("20261121093000"), MigrationVersion.next(NOW, Optional.empty()));
    }

    @Test
    void nextBumpsPastTheLatestWhenTheClockIsNotAhead() {
        MigrationVersion same = MigrationVersion.parse("20261121093000");
        assertEquals(MigrationVersion.parse("20261121093001"), MigrationVersion.next(NOW, Optional.of(same)));
        MigrationVersion future = MigrationVersion.parse("20261231235959");
        assertEquals(MigrationVersion.parse("20270101000000"), MigrationVersion.next(NOW, Optional.of(future)));
    }

    @Test
    void ordersByTime() {
        assertTrue(MigrationVersion.parse("20261121093000").compareTo(MigrationVersion.parse("20261121093001")) < 0);
        assertTrue(MigrationVersion.parse("20270101000000").compareTo(MigrationVersion.parse("20261231235959")) > 0);
    }
}
