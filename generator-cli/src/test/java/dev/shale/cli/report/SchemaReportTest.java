package dev.shale.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.report.html.HeaderChanges;
import dev.shale.cli.report.html.ReportPage;
import dev.shale.cli.report.html.SchemaReport;
import dev.shale.cli.report.html.TimelineEntry;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaReportTest {

    private static final String SCRIPT = "<script>alert('table')</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    @Test
    void everyNameCommentAndExpressionIsEscaped() {
        QualifiedName hostile = new QualifiedName("public", "we\"ird<b>name");
        Table parent = Table.builder(QualifiedName.of("parents"))
                .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull().comment(IMAGE))
                .primaryKey("parents_pkey", "id")
                .comment(SCRIPT)
                .build();
        Table child = Table.builder(hostile)
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.builder("<i>parent</i>", ColumnType.builtIn("bigint")).defaultExpression("'<u>'"))
                .primaryKey("child_pkey", "id")
                .check("c<s>", "id < 10 and id > 0")
                .foreignKey(ForeignKey.builder("fk<em>", QualifiedName.of("parents")).columns("<i>parent</i>")
                        .referencedColumns("id").onDelete(ReferentialAction.CASCADE))
                .comment("</section><script>alert(2)</script>")
                .build();
        SchemaModel model = SchemaModel.builder()
                .enumType(EnumType.builder(QualifiedName.of("mood")).values("<b>HAPPY</b>", "SAD")
                        .comment("it's <script>"))
                .table(parent)
                .table(child)
                .build();
        List<TimelineEntry> timeline = List.of(new TimelineEntry("20261121093000", "create", "2026-11-21 09:30:00 UTC",
                null, List.of("create table <script>x</script>")));

        String html = SchemaReport.render(SchemaReport.page(model, "Schema of <script>", "now", timeline, null));

        assertEquals(1, count(html, "<script"), "only the page's own script: " + html);
        for (String raw : List.of("<img", "<b>", "<i>", "<u>", "<em>", "<s>", "</section><script>")) {
            assertFalse(html.contains(raw), raw + " is escaped");
        }
        assertTrue(html.contains("&lt;script&gt;alert(&#39;table&#39;)&lt;/script&gt;"), "the table comment as text");
        assertTrue(html.contains("data-name=\"we&quot;ird&lt;b&gt;name\""), "names in attributes are quoted");
        assertTrue(html.contains("id &lt; 10 and id &gt; 0"), "check expressions as text");
        assertTrue(html.contains("id=\"t-public-we_ird_b_name\""), "anchors are plain ids");
    }

    @Test
    void theSamePageEveryTimeForTheSameModel() {
        SchemaModel model = SyntheticSchemas.of(40, 3);
        ReportPage page = SchemaReport.page(model, "Schema of test", "now", List.of(), "No migrations yet.");

        String first = SchemaReport.render(page);
        String second = SchemaReport.render(SchemaReport.page(SyntheticSchemas.of(40, 3), "Schema of test", "now",
                List.of(), "No migrations yet."));

        assertEquals(first, second);
        assertEquals(40, count(first, "<g class=\"table\""));
        assertEquals(40, count(first, "<section class=\"table-section\""));
        assertEquals(page.foreignKeyCount(), count(first, "<path class=\"fk\""));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(first).find(), "nothing from the network");
    }

    @Test
    void theChangesOfAMigrationAreTheLinesUnderItsHeadersChanges() {
        String sql = """
                -- Shale migration (up)
                -- from: snapshot a
                -- shale:hazards none
                --
                -- Changes:
                --   create table public.users
                --   add column email on public.users
                --
                -- Hazards:
                --   none
                CREATE TABLE users ();
                """;
        assertEquals(List.of("create table public.users", "add column email on public.users"), HeaderChanges.of(sql));
        assertEquals(List.of(), HeaderChanges.of("-- a custom migration\nINSERT INTO t VALUES (1);\n"));
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
