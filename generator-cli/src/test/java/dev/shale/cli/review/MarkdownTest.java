package dev.shale.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text that would break GitHub Markdown: pipes in cells, backticks in code spans and blocks, HTML, line breaks. */
class MarkdownTest {

    @Test
    void plainTextEscapesInlineMarkupAndHtml() {
        assertEquals("a\\_b \\*c\\* \\<script\\> \\[x\\](y) \\`z\\` \\~ \\& \\\\ \\|", Markdown.text(
                "a_b *c* <script> [x](y) `z` ~ & \\ |"));
    }

    @Test
    void textIsKeptOnOneLine() {
        assertEquals("one two three", Markdown.text("one\n  two\r\nthree"));
        assertEquals("bell here", Markdown.text("bell\u0007here"));
    }

    @Test
    void codeSpansAreLongerThanTheBackticksInside() {
        assertEquals("`plain`", Markdown.code("plain"));
        assertEquals("``a`b``", Markdown.code("a`b"));
        assertEquals("``` `` ```", Markdown.code("``"));
        assertEquals("`` `x ``", Markdown.code("`x"));
        assertEquals("`  `", Markdown.code(""));
    }

    @Test
    void cellsEscapeEveryPipeEvenInsideCodeSpans() {
        assertEquals("`a \\|\\| b`", Markdown.cell(Markdown.code("a || b")));
        assertEquals("x\\|y", Markdown.cell("x|y"));
    }

    @Test
    void fencesOutgrowTheLongestRunOfBackticksInTheSql() {
        assertEquals("```", Markdown.fence("select 1"));
        assertEquals("````", Markdown.fence("select '```'"));
        assertEquals("``````", Markdown.fence("select '`````'"));
    }

    @Test
    void htmlTextUsesEntities() {
        assertEquals("a &lt;/summary&gt; &amp; b", Markdown.html("a </summary> & b"));
    }

    @Test
    void sqlThatHoldsAFenceGetsALongerOne() {
        SqlBlock block = SqlBlock.of("insert into t values ('```\n```sql');", 1000, "migrations/x.sql");
        assertEquals("````", block.fence());
        assertEquals(null, block.note());
    }

    @Test
    void tableCellsCannotBeSplitByPipesInExpressionsOrNames() {
        Table before = Table.builder(QualifiedName.of("odd|table"))
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .primaryKey("odd_pkey", "id")
                .build();
        Table after = Table.builder(QualifiedName.of("odd|table"))
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.builder("na`me", ColumnType.builtIn("text")).defaultExpression("'a' || '|'"))
                .primaryKey("odd_pkey", "id")
                .check("c", "x <> '|'")
                .build();

        List<TableComparison> tables = TableShapes.compare(SchemaModel.builder().table(before).build(),
                SchemaModel.builder().table(after).build(), Renames.NONE);

        assertEquals(1, tables.size());
        assertEquals("`public.odd|table`", tables.get(0).title());
        ShapeRow added = tables.get(0).columns().get(1);
        assertEquals("**added**", added.mark());
        assertEquals("``na`me``", added.name());
        assertEquals("`text` null, default `'a' \\|\\| '\\|'`", added.after());
        ShapeRow check = tables.get(0).constraints().get(1);
        assertEquals("check `c`", check.name());
        assertEquals("`x <> '\\|'`", check.after());
    }
}
