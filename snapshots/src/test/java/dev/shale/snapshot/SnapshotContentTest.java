package dev.shale.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A snapshot whose id matches its content is still refused when a name or an expression is unsafe. */
class SnapshotContentTest {

    private static final String FILE = "snapshots/20261121093000_first.json";

    @Test
    void aDefaultThatIsAStatementIsRefusedNamingTheFileAndTheColumn() {
        assertRefused(table("public", "t", new Column("x", ColumnType.builtIn("integer"), true,
                "0; DROP TABLE x; --", null, null, null), List.of(), List.of()),
                "table public.t, column \"x\", default is not one SQL expression: a ; at character 2");
    }

    @Test
    void checkAndIndexExpressionsAreCheckedToo() {
        Column x = new Column("x", ColumnType.builtIn("integer"), true, null, null, null, null);
        assertRefused(table("public", "t", x, List.of(new CheckConstraint("t_x_check", "x > 0) OR (true")), List.of()),
                "table public.t, check \"t_x_check\" is not one SQL expression: a ) at character 6 that closes no (");
        assertRefused(table("public", "t", x, List.of(), List.of(new Index("t_x_idx",
                List.of(IndexKey.expression("lower(x")), false, IndexMethod.BTREE, null))),
                "table public.t, index \"t_x_idx\", key is not one SQL expression: a ( at character 6");
        assertRefused(table("public", "t", x, List.of(), List.of(new Index("t_x_idx",
                List.of(IndexKey.column("x")), false, IndexMethod.BTREE, "x = 'a"))),
                "table public.t, index \"t_x_idx\", where is not one SQL expression: an unterminated quoted string");
    }

    @Test
    void namesPostgreSqlWouldRefuseOrChangeAreRefused() {
        Column x = new Column("x", ColumnType.builtIn("integer"), true, null, null, null, null);
        assertRefused(table("pg_mine", "t", x, List.of(), List.of()),
                "table pg_mine.t, schema \"pg_mine\" starts with pg_, which PostgreSQL reserves for system schemas");
        assertRefused(table("public", "a\u0000b", x, List.of(), List.of()),
                "table public.a\\u0000b, name \"a\\u0000b\" has a NUL character (\\u0000) at character 2");
        assertRefused(table("public", "t", new Column(" ", ColumnType.builtIn("integer"), true, null, null, null,
                null), List.of(), List.of()), "table public.t, column \" \" is only whitespace");
        assertRefused(new SchemaModel(List.of(), List.of(new EnumType(new QualifiedName("public", "mood"),
                List.of("ok", "x\uD800"), null)), List.of()),
                "enum public.mood, label \"x\\uD800\" has a lone UTF-16 surrogate \\uD800 at character 2");
    }

    private static SchemaModel table(String schema, String name, Column column, List<CheckConstraint> checks,
                                     List<Index> indexes) {
        return new SchemaModel(List.of(), List.of(), List.of(new Table(new QualifiedName(schema, name),
                List.of(column), new PrimaryKey("t_pkey", List.of(column.name())), List.of(), checks, List.of(),
                indexes, null)));
    }

    private static void assertRefused(SchemaModel model, String problem) {
        String json = SnapshotJson.write(Snapshot.next(null, model));
        SnapshotException thrown = assertThrows(SnapshotException.class, () -> SnapshotJson.read(json, FILE));
        assertEquals(SnapshotException.Kind.INVALID_VALUE, thrown.kind());
        assertEquals(true, thrown.getMessage().startsWith("snapshot " + FILE + " has an invalid value: " + problem),
                thrown.getMessage());
    }
}
