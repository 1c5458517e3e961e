package dev.shale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ColumnBuilderTest {

    private static final ColumnType TEXT = ColumnType.builtIn("text");

    @Test
    void aNewBuilderMakesANullableColumnWithNothingElse() {
        assertEquals(new Column("note", TEXT, true, null, null, null, null), Column.builder("note", TEXT).build());
        assertEquals(Column.of("note", TEXT, false), Column.builder("note", TEXT).notNull().build());
    }

    @Test
    void everyPartCanBeSet() {
        Column built = Column.builder("a", TEXT).name("id").type(ColumnType.builtIn("bigint")).nullable(false)
                .defaultExpression("0").identity(Identity.ALWAYS).generatedExpression("x + 1").comment("key").build();
        assertEquals(new Column("id", ColumnType.builtIn("bigint"), false, "0", Identity.ALWAYS, "x + 1", "key"), built);
    }

    @Test
    void toBuilderGivesBackAnEqualColumn() {
        Column column = new Column("id", ColumnType.builtIn("bigint"), false, "1", new Identity(false, 100, -5),
                "id * 2", "");
        assertEquals(column, column.toBuilder().build());
        assertEquals(new Column("id", ColumnType.builtIn("bigint"), false, "1", new Identity(false, 100, -5),
                "id * 2", "primary"), column.toBuilder().comment("primary").build());
    }

    @Test
    void theRecordsChecksStillApply() {
        assertEquals("name", assertThrows(NullPointerException.class, () -> Column.builder(null, TEXT).build())
                .getMessage());
        assertEquals("type", assertThrows(NullPointerException.class,
                () -> Column.builder("id", TEXT).type(null).build()).getMessage());
    }
}
