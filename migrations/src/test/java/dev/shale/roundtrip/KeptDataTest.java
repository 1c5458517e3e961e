package dev.shale.roundtrip;

import static dev.shale.roundtrip.Models.INTEGER;
import static dev.shale.roundtrip.Models.TEXT;
import static dev.shale.roundtrip.Models.enumOf;
import static dev.shale.roundtrip.Models.enumType;
import static dev.shale.roundtrip.Models.model;
import static dev.shale.roundtrip.Models.notNull;
import static dev.shale.roundtrip.Models.nullable;
import static dev.shale.roundtrip.Models.numeric;
import static dev.shale.roundtrip.Models.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.change.DropColumn;
import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.Hazard;
import dev.shale.diff.postgres.HazardCode;
import dev.shale.diff.postgres.HazardObject;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.testing.TableRows;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link KeptData} on rows written by hand: what counts as kept, and what a data-loss hazard excuses. */
class KeptDataTest {

    private static final QualifiedName T = QualifiedName.of("t");

    private static SchemaModel single(Column... columns) {
        return model(table("public.t", columns).pk("id").build());
    }

    private static Map<QualifiedName, TableRows> rows(List<String> columns, String[]... rows) {
        return Map.of(T, new TableRows(columns, Arrays.stream(rows).map(Arrays::asList).toList()));
    }

    private static Hazard lossOf(String column) {
        return new Hazard(HazardCode.DROP_COLUMN, HazardObject.member(T, column),
                new DropColumn(T, Column.of(column, TEXT, true)), "loses " + column, List.of(DataLoss.column(T, column)));
    }

    private static final SchemaModel AB = single(notNull("id", INTEGER), nullable("a", TEXT));
    private static final Map<QualifiedName, TableRows> BEFORE = rows(List.of("id", "a"),
            new String[] {"1", "x"}, new String[] {"2", null});

    @Test
    void renamedColumnKeepsItsValues() {
        SchemaModel to = single(notNull("id", INTEGER), nullable("b", TEXT));
        RenameHints renames = RenameHints.builder().column(T, "a", "b", "test").build();
        assertEquals(List.of(), KeptData.of(AB, to, renames).afterUp(BEFORE,
                rows(List.of("id", "b"), new String[] {"2", null}, new String[] {"1", "x"}), List.of()));
    }

    @Test
    void aChangedValueIsALossOnlyWhenAnnounced() {
        Map<QualifiedName, TableRows> after = rows(List.of("id", "a"), new String[] {"1", "y"}, new String[] {"2", null});
        List<String> problems = KeptData.of(AB, AB, RenameHints.NONE).afterUp(BEFORE, after, List.of());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("values of public.t.a (text) changed"), problems.get(0));
        assertEquals(List.of(), KeptData.of(AB, AB, RenameHints.NONE).afterUp(BEFORE, after, List.of(lossOf("a"))));
    }

    @Test
    void aDroppedColumnHoldingValuesMustBeAnnounced() {
        SchemaModel to = single(notNull("id", INTEGER));
        Map<QualifiedName, TableRows> after = rows(List.of("id"), new String[] {"1"}, new String[] {"2"});
        assertEquals(1, KeptData.of(AB, to, RenameHints.NONE).afterUp(BEFORE, after, List.of()).size());
        assertEquals(List.of(), KeptData.of(AB, to, RenameHints.NONE).afterUp(BEFORE, after, List.of(lossOf("a"))));
    }

    @Test
    void lostRowsMustBeAnnounced() {
        Map<QualifiedName, TableRows> after = rows(List.of("id", "a"), new String[] {"1", "x"});
        List<String> problems = KeptData.of(AB, AB, RenameHints.NONE).afterUp(BEFORE, after, List.of());
        assertEquals(List.of("table public.t had 2 rows, public.t has 1 after the up"), problems);
    }

    @Test
    void numbersCompareByValueAcrossATypeChange() {
        SchemaModel from = single(notNull("id", INTEGER), nullable("n", INTEGER));
        SchemaModel to = single(notNull("id", INTEGER), nullable("n", numeric(12, 2)));
        Map<QualifiedName, TableRows> before = rows(List.of("id", "n"), new String[] {"1", "5"}, new String[] {"2", "-3"});
        assertEquals(List.of(), KeptData.of(from, to, RenameHints.NONE).afterUp(before,
                rows(List.of("id", "n"), new String[] {"1", "5.00"}, new String[] {"2", "-3.00"}), List.of()));
        assertEquals(1, KeptData.of(from, to, RenameHints.NONE).afterUp(before,
                rows(List.of("id", "n"), new String[] {"1", "5.50"}, new String[] {"2", "-3.00"}), List.of()).size());
    }

    @Test
    void enumLabelsFollowTheirDeclaredRenames() {
        SchemaModel from = model(List.of(), List.of(enumOf("public.e", "a", "b")),
                table("public.t", notNull("id", INTEGER), nullable("c", enumType("public.e")),
                        nullable("cs", enumType("public.e").arrayOf())).pk("id").build());
        SchemaModel to = model(List.of(), List.of(enumOf("public.e", "x", "b")),
                table("public.t", notNull("id", INTEGER), nullable("c", enumType("public.e")),
                        nullable("cs", enumType("public.e").arrayOf())).pk("id").build());
        RenameHints renames = RenameHints.builder().enumValue(QualifiedName.of("e"), "a", "x", "test").build();
        Map<QualifiedName, TableRows> before = rows(List.of("id", "c", "cs"), new String[] {"1", "a", "{a,b}"},
                new String[] {"2", "b", "{}"});
        assertEquals(List.of(), KeptData.of(from, to, renames).afterUp(before,
                rows(List.of("id", "c", "cs"), new String[] {"1", "x", "{x,b}"}, new String[] {"2", "b", "{}"}), List.of()));
        assertEquals(2, KeptData.of(from, to, renames).afterUp(before, before, List.of()).size());
    }

    @Test
    void valuesMovedBetweenRowsAreCaught() {
        SchemaModel from = single(notNull("id", INTEGER), nullable("a", TEXT), nullable("b", TEXT));
        Map<QualifiedName, TableRows> before = rows(List.of("id", "a", "b"), new String[] {"1", "p", "q"},
                new String[] {"2", "r", "s"});
        Map<QualifiedName, TableRows> after = rows(List.of("id", "a", "b"), new String[] {"1", "p", "s"},
                new String[] {"2", "r", "q"});
        List<String> problems = KeptData.of(from, from, RenameHints.NONE).afterUp(before, after, List.of());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("rows of public.t changed"), problems.get(0));
    }

    @Test
    void afterTheDownEveryColumnThatSurvivedComesBack() {
        SchemaModel to = single(notNull("id", INTEGER));
        Map<QualifiedName, TableRows> back = rows(List.of("id", "a"), new String[] {"1", null}, new String[] {"2", null});
        KeptData kept = KeptData.of(AB, to, RenameHints.NONE);
        assertEquals(List.of(), kept.afterDown(BEFORE, back, List.of(lossOf("a")), List.of()));
        Map<QualifiedName, TableRows> renumbered = rows(List.of("id", "a"), new String[] {"3", "x"},
                new String[] {"2", null});
        assertEquals(1, kept.afterDown(BEFORE, renumbered, List.of(lossOf("a")), List.of()).size());
    }
}
