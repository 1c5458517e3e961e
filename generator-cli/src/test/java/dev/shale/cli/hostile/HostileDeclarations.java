package dev.shale.cli.hostile;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.snapshot.Snapshot;
import dev.shale.snapshot.SnapshotJson;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hostile declarations (issue 9, items 3 and 5): SQL-expression fields that are not one expression, and names
 * PostgreSQL would refuse or change, in the records or in a snapshot whose id matches its content. Each stops
 * {@code generate} with exit 2, the class and component (or the snapshot file) named, and the fix; a database
 * whose names records may not declare stops {@code pull} the same way.
 */
final class HostileDeclarations {

    private static final String FIXTURES = "dev.shale.cli.fixtures.";
    private static final String NOTHING_WRITTEN = "cannot be mapped; nothing was written";
    private static final String ONE_EXPRESSION = "that is not one SQL expression";
    private static final String BALANCE = "balance the parentheses and brackets";
    private static final String PRINTABLE = "write the name in printable characters";

    private HostileDeclarations() {
    }

    static List<HostileCase> cases() {
        return List.of(
                generate("3", "@Default that is a statement", "unsafedefault", "Counter.hits",
                        "@Default " + ONE_EXPRESSION, "a ; at character 2", "write one expression without ;"),
                generate("3", "@Generated with a trailing -- comment", "unsafegenerated", "Price.gross",
                        "@Generated " + ONE_EXPRESSION, "a -- comment at character 9", "write it as /* ... */"),
                generate("3", "@Check with an unterminated string", "unsafecheck", "Code.code",
                        "@Check " + ONE_EXPRESSION, "an unterminated quoted string", "end the string with '"),
                generate("3", "table @Check that closes Shale's parenthesis", "unsafetablecheck", "Range:",
                        "@Check " + ONE_EXPRESSION, "a ) at character 11 that closes no (", BALANCE),
                generate("3", "@Check with a ; inside parentheses", "unsafenested", "Limit.amount",
                        "@Check " + ONE_EXPRESSION, "a ; at character 12", "write one expression without ;"),
                generate("3", "@Index(expressions) with an open parenthesis", "unsafeindexexpr", "Person:",
                        "@Index(expressions) " + ONE_EXPRESSION, "never closed", BALANCE),
                generate("3", "@Index(where) with an unterminated dollar quote", "unsafeindexwhere", "Task.state",
                        "@Index(where) " + ONE_EXPRESSION, "an unterminated dollar-quoted string $q$",
                        "the same $tag$"),
                generate("3", "@Default with an unterminated quoted identifier", "unsafeidentifier", "Label.text",
                        "@Default " + ONE_EXPRESSION, "an unterminated quoted identifier",
                        "end the quoted identifier with \""),
                generate("3", "@Default with an unterminated block comment", "unsafecomment", "Level.level",
                        "@Default " + ONE_EXPRESSION, "an unterminated /* comment", "end the comment with */"),
                generate("5", "table name with a NUL character", "nulname", "Item:",
                        "table name \"items\\u0000x\" has a NUL character", PRINTABLE),
                generate("5", "column name with a lone surrogate", "surrogatename", "Item.size",
                        "column name \"size\\uD800\" has a lone UTF-16 surrogate", "reach PostgreSQL as ?", PRINTABLE),
                generate("5", "blank column name", "blankname", "Item.size", "column name \"   \" is only whitespace",
                        "give the column a name that is not blank"),
                generate("5", "table in information_schema", "infoschema", "Item:",
                        "uses schema \"information_schema\"", "choose another schema name"),
                generate("5", "table in a pg_ schema", "pgschema", "Item:",
                        "PostgreSQL reserves names starting with pg_", "choose another schema name"),
                generate("5", "enum type name with a NUL character", "nulenum", "Mood:",
                        "enum type name \"mood\\u0000\" has a NUL character", PRINTABLE),
                generate("5", "constraint name with a newline", "controlname", "Item.size",
                        "check constraint name \"size\\u000Aok\" has the control character \\u000A", PRINTABLE),
                generate("5", "index name with a lone surrogate", "surrogateindex", "Item.size",
                        "index name \"\\uDC00items_size\" has a lone UTF-16 surrogate", PRINTABLE),
                generate("5", "@RenamedFrom with a NUL character", "nulrename", "Item.size",
                        "@RenamedFrom(\"old\\u0000size\") names", "has a NUL character",
                        "put the previous name in @RenamedFrom"),
                HostileCase.of("5", "pull of a table whose name has a tab",
                        p -> p.fixture("valid").sql("CREATE TABLE \"a\tb\" (id int PRIMARY KEY)"),
                        List.of("pull", "--out", "src"), 2,
                        "table public.a\\u0009b", "has the name \"a\\u0009b\", which has the control character",
                        "nothing was written", "rename it in the database"),
                HostileCase.of("3", "snapshot whose default is a statement (id recomputed)",
                        snapshot(Column.builder("hits", ColumnType.builtIn("integer"))
                                .defaultExpression("0; DROP TABLE x; --").build(), "counters"),
                        List.of("generate"), 2, "snapshots/20261121093000_first.json",
                        "column \"hits\", default is not one SQL expression: a ; at character 2", "fix: "),
                HostileCase.of("5", "snapshot whose table name has a NUL character (id recomputed)",
                        snapshot(Column.of("id", ColumnType.builtIn("integer"), false),
                                "items\u0000x"),
                        List.of("generate"), 2, "snapshots/20261121093000_first.json",
                        "name \"items\\u0000x\" has a NUL character", "fix: "));
    }

    /** {@code generate} on the records of a fixture: exit 2, the class named, then the expected words. */
    static HostileCase generate(String item, String title, String fixture, String at, String... expected) {
        String[] words = new String[expected.length + 2];
        words[0] = NOTHING_WRITTEN;
        words[1] = FIXTURES + fixture + "." + at;
        System.arraycopy(expected, 0, words, 2, expected.length);
        return HostileCase.of(item, title, p -> p.fixture(fixture), List.of("generate"), 2, words);
    }

    /** A project with one migration whose snapshot (its id matching its content) has one table of one column. */
    private static Consumer<HostileProject> snapshot(Column column, String table) {
        SchemaModel model = SchemaModel.builder()
                .table(Table.builder(new QualifiedName("public", table))
                        .column(column)
                        .primaryKey("t_pkey", column.name()))
                .build();
        return p -> p.fixture("valid")
                .write("snapshots/20261121093000_first.json", SnapshotJson.write(Snapshot.next(null, model)))
                .migration("20261121093000", "first", "SELECT 1;\n");
    }
}
