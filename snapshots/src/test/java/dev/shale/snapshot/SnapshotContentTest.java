package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import org.junit.jupiter.api.Test;

/** A snapshot whose id matches its content is still refused when a name or an expression is unsafe. */
class SnapshotContentTest {

    private static final String FILE = "snapshots/20261121093000_first.json";

    private static final ColumnType INTEGER = ColumnType.builtIn("integer");

    @Test
    void aDefaultThatIsAStatementIsRefusedNamingTheFileAndTheColumn() {
        assertRefused(table("public", "t", Column.builder("x", INTEGER).defaultExpression("0; DROP TABLE x; --")
                        .build()),
                "table public.t, column \"x\", default is not one SQL expression: a ; at character 2");
    }

    @Test
    void checkAndIndexExpressionsAreCheckedToo() {
        Column x = Column.builder("x", INTEGER).build();
        assertRefused(table("public", "t", x).check("t_x_check", "x > 0) OR (true"),
                "table public.t, check \"t_x_check\" is not one SQL expression: a ) at character 6 that closes no (");
        assertRefused(table("public", "t", x).index(Index.builder("t_x_idx").expression("lower(x")),
                "table public.t, index \"t_x_idx\", key is not one SQL expression: a ( at character 6");
        assertRefused(table("public", "t", x).index(Index.builder("t_x_idx").columns("x").where("x = 'a")),
                "table public.t, index \"t_x_idx\", where is not one SQL expression: an unterminated quoted string");
    }

    @Test
    void namesPostgreSqlWouldRefuseOrChangeAreRefused() {
        Column x = Column.builder("x", INTEGER).build();
        assertRefused(table("pg_mine", "t", x),
                "table pg_mine.t, schema \"pg_mine\" starts with pg_, which PostgreSQL reserves for system schemas");
        assertRefused(table("public", "a\u0000b", x),
                "table public.a\\u0000b, name \"a\\u0000b\" has a NUL character (\\u0000) at character 2");
        assertRefused(table("public", "t", Column.builder(" ", INTEGER).build()),
                "table public.t, column \" \" is only whitespace");
        assertRefused(SchemaModel.builder().enumType(EnumType.of(new QualifiedName("public", "mood"), "ok", "x\uD800"))
                        .build(),
                "enum public.mood, label \"x\\uD800\" has a lone UTF-16 surrogate \\uD800 at character 2");
    }

    private static Table.Builder table(String schema, String name, Column column) {
        return Table.builder(new QualifiedName(schema, name)).column(column).primaryKey("t_pkey", column.name());
    }

    private static void assertRefused(Table.Builder table, String problem) {
        assertRefused(SchemaModel.builder().table(table).build(), problem);
    }

    private static void assertRefused(SchemaModel model, String problem) {
        String json = SnapshotJson.write(Snapshot.next(null, model));
        SnapshotException thrown = assertThrows(SnapshotException.class, () -> SnapshotJson.read(json, FILE));
        assertEquals(SnapshotException.Kind.INVALID_VALUE, thrown.kind());
        assertEquals(true, thrown.getMessage().startsWith("snapshot " + FILE + " has an invalid value: " + problem),
                thrown.getMessage());
    }
}
