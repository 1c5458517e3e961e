package dev.shale.diff;

import static dev.shale.diff.Fixtures.BIGINT;
import static dev.shale.diff.Fixtures.TEXT;
import static dev.shale.diff.Fixtures.col;
import static dev.shale.diff.Fixtures.enumOf;
import static dev.shale.diff.Fixtures.enumType;
import static dev.shale.diff.Fixtures.hints;
import static dev.shale.diff.Fixtures.model;
import static dev.shale.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rename hints that swap names (a to b and b to a, or a longer cycle) while both models hold every name cannot be told
 * from a swap an earlier migration did: refused, never matched by name.
 */
class DifferRenameSwapTest {

    private static final SchemaModel A_AND_B = model()
            .table(table("a").col(col("id", BIGINT).notNull(), col("x", TEXT)))
            .table(table("b").col(col("id", BIGINT).notNull(), col("y", TEXT)))
            .build();

    @Test
    void swappedTablesAreRefusedNamingBothHintsTheTablesAndTheFix() {
        SchemaModel to = model()
                .table(table("b").col(col("id", BIGINT).notNull(), col("x", TEXT)))
                .table(table("a").col(col("id", BIGINT).notNull(), col("y", TEXT)))
                .build();
        RenameHints hints = hints().table("a", "b", "com.x.B").table("b", "a", "com.x.A").build();
        RenameSwapException e = assertThrows(RenameSwapException.class, () -> Differ.diff(A_AND_B, to, hints));
        assertEquals("@RenamedFrom(\"a\") on com.x.B and @RenamedFrom(\"b\") on com.x.A rename tables public.a to"
                + " public.b and public.b to public.a onto each other's names, and the old and the new schema both have"
                + " all of them: Shale cannot tell this swap from one an earlier migration did already",
                e.getMessage());
        assertEquals("do the swap through a temporary name over two migrations (public.a → public.a_tmp, then"
                + " public.b → public.a and public.a_tmp → public.b), or, if an earlier migration already did this"
                + " swap, remove the stale annotations", e.fix());
        assertEquals(List.of("com.x.B", "com.x.A"), e.declaredAt());
        assertEquals("table", e.kind());
        // The shapes match either way here (already swapped: same tables); a live database is no different.
        assertThrows(RenameSwapException.class, () -> Differ.diff(A_AND_B, A_AND_B, hints));
        assertThrows(RenameSwapException.class, () -> Differ.diffApplyingPresentRenames(A_AND_B, to, hints));
    }

    @Test
    void threeTablesRenamedInACycleAreRefused() {
        SchemaModel from = model()
                .table(table("a").col(col("id", BIGINT).notNull()))
                .table(table("b").col(col("id", BIGINT).notNull()))
                .table(table("c").col(col("id", BIGINT).notNull()))
                .build();
        RenameHints hints = hints().table("b", "c", "com.x.C").table("a", "b", "com.x.B").table("c", "a", "com.x.A")
                .build();
        RenameSwapException e = assertThrows(RenameSwapException.class, () -> Differ.diff(from, from, hints));
        assertEquals("@RenamedFrom(\"a\") on com.x.B and @RenamedFrom(\"b\") on com.x.C and @RenamedFrom(\"c\") on"
                + " com.x.A rename tables public.a to public.b, public.b to public.c and public.c to public.a onto each"
                + " other's names, and the old and the new schema both have all of them: Shale cannot tell this swap"
                + " from one an earlier migration did already", e.getMessage());
        assertEquals("do the swap through a temporary name over two migrations (public.a → public.a_tmp, then"
                + " public.b → public.c, public.c → public.a and public.a_tmp → public.b), or, if an earlier"
                + " migration already did this swap, remove the stale annotations", e.fix());
    }

    @Test
    void swappedColumnsAreRefusedNotAlteredInPlace() {
        SchemaModel from = model().table(table("t").col(col("id", BIGINT).notNull(), col("a", TEXT), col("b", BIGINT)))
                .build();
        SchemaModel to = model().table(table("t").col(col("id", BIGINT).notNull(), col("b", TEXT), col("a", BIGINT)))
                .build();
        RenameHints hints = hints().column("t", "a", "b", "com.x.T.b").column("t", "b", "a", "com.x.T.a").build();
        RenameSwapException e = assertThrows(RenameSwapException.class, () -> Differ.diff(from, to, hints));
        assertEquals("@RenamedFrom(\"a\") on com.x.T.b and @RenamedFrom(\"b\") on com.x.T.a rename columns a to b and"
                + " b to a of table public.t onto each other's names, and the old and the new schema both have all of"
                + " them: Shale cannot tell this swap from one an earlier migration did already", e.getMessage());
        assertEquals("do the swap through a temporary name over two migrations (a → a_tmp, then b → a and a_tmp → b"
                + " of table public.t), or, if an earlier migration already did this swap, remove the stale"
                + " annotations", e.fix());
        assertThrows(RenameSwapException.class, () -> Differ.diffApplyingPresentRenames(from, to, hints));
    }

    @Test
    void threeColumnsRenamedInACycleAreRefused() {
        SchemaModel from = model()
                .table(table("t").col(col("id", BIGINT).notNull(), col("a", TEXT), col("b", TEXT), col("c", TEXT)))
                .build();
        RenameHints hints = hints().column("t", "a", "b", "com.x.T.b").column("t", "b", "c", "com.x.T.c")
                .column("t", "c", "a", "com.x.T.a").build();
        RenameSwapException e = assertThrows(RenameSwapException.class, () -> Differ.diff(from, from, hints));
        assertEquals("column", e.kind());
        assertEquals(List.of("a", "b", "c"), e.from());
    }

    @Test
    void swappedColumnsOfATableRenamedInTheSameMigrationAreRefused() {
        SchemaModel from = model().table(table("t").col(col("id", BIGINT).notNull(), col("a", TEXT), col("b", TEXT)))
                .build();
        SchemaModel to = model().table(table("u").col(col("id", BIGINT).notNull(), col("a", TEXT), col("b", TEXT)))
                .build();
        RenameHints hints = hints().table("t", "u", "com.x.U").column("u", "a", "b", "com.x.U.b")
                .column("u", "b", "a", "com.x.U.a").build();
        assertThrows(RenameSwapException.class, () -> Differ.diff(from, to, hints));
    }

    @Test
    void swappedEnumTypesAndLabelsAreRefused() {
        SchemaModel types = model().enumType(enumType("mood", "HAPPY")).enumType(enumType("state", "ON"))
                .table(table("t").col(col("id", BIGINT).notNull(), col("m", enumOf("mood")))).build();
        RenameSwapException typeSwap = assertThrows(RenameSwapException.class, () -> Differ.diff(types, types,
                hints().enumType("mood", "state", "com.x.State").enumType("state", "mood", "com.x.Mood").build()));
        assertEquals("enum type", typeSwap.kind());
        SchemaModel labels = model().enumType(enumType("mood", "HAPPY", "SAD")).build();
        RenameSwapException labelSwap = assertThrows(RenameSwapException.class, () -> Differ.diff(labels, labels,
                hints().enumValue("mood", "HAPPY", "SAD", "com.x.Mood.SAD")
                        .enumValue("mood", "SAD", "HAPPY", "com.x.Mood.HAPPY").build()));
        assertEquals("enum value", labelSwap.kind());
        assertEquals("do the swap through a temporary name over two migrations (HAPPY → HAPPY_tmp, then SAD → HAPPY"
                + " and HAPPY_tmp → SAD of enum type public.mood), or, if an earlier migration already did this swap,"
                + " remove the stale annotations", labelSwap.fix());
    }

    @Test
    void aChainThatIsNoCycleStillRenames() {
        SchemaModel to = model()
                .table(table("b").col(col("id", BIGINT).notNull(), col("x", TEXT)))
                .table(table("c").col(col("id", BIGINT).notNull(), col("y", TEXT)))
                .build();
        assertEquals(2, Differ.diff(A_AND_B, to, hints().table("a", "b", "com.x.B").table("b", "c", "com.x.C")
                .build()).size());
    }
}
