package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CollationsTest {

    @Test
    void normalizesToMinimalQuotingWithoutPgCatalog() {
        assertEquals("\"C\"", Collations.normalize("\"C\""));
        assertEquals("\"C\"", Collations.normalize("pg_catalog.\"C\""));
        assertEquals("\"C\"", Collations.normalize("PG_CATALOG . \"C\""));
        assertEquals("ucs_basic", Collations.normalize("\"ucs_basic\""));
        assertEquals("ucs_basic", Collations.normalize("UCS_BASIC"));
        assertEquals("\"en_US.utf8\"", Collations.normalize("\"en_US.utf8\""));
        assertEquals("extra.\"Fr\"", Collations.normalize("\"extra\".\"Fr\""));
        assertEquals("\"a\"\"b\"", Collations.normalize("\"a\"\"b\""));
    }

    @Test
    void aPlainNameIsOneCollationCaseAndDotsKept() {
        assertEquals("\"C\"", Collations.fromName("C"));
        assertEquals("\"en_US.utf8\"", Collations.fromName("en_US.utf8"));
        assertEquals("ucs_basic", Collations.fromName("ucs_basic"));
        assertEquals("extra.\"Fr\"", Collations.fromName("extra.\"Fr\""));
        assertEquals("\"POSIX\"", Collations.of("pg_catalog", "POSIX"));
        assertEquals("extra.\"Fr\"", Collations.of("extra", "Fr"));
    }

    @Test
    void declaredTextReadsBackTheSame() {
        for (String normal : new String[] {"\"C\"", "ucs_basic", "\"en_US.utf8\"", "extra.\"Fr\"", "extra.mine"}) {
            assertEquals(normal, Collations.fromName(Collations.declared(normal)), normal);
        }
    }

    @Test
    void refusesWhatIsNoCollationName() {
        for (String bad : new String[] {"", "\"C\" \"POSIX\"", "a.b.c", "'C'", "a.", "\"C"}) {
            assertThrows(IllegalArgumentException.class, () -> Collations.normalize(bad), bad);
        }
    }

    @Test
    void aColumnTakesACollationOnlyWhenItsTypeHasOne() {
        assertEquals("\"C\"", Column.builder("a", ColumnType.builtIn("text").arrayOf()).collation("pg_catalog.\"C\"")
                .build().collation());
        assertNull(Column.builder("a", ColumnType.builtIn("text")).collation("").build().collation());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Column.builder("n", ColumnType.builtIn("integer")).collation("\"C\"").build());
        assertEquals("column n of type integer cannot have collation \"C\": only text, varchar, char and citext"
                + " columns (and their arrays) have a collation", refused.getMessage());
    }
}
