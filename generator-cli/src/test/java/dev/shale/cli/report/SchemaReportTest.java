package dev.shale.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.report.html.HeaderChanges;
import dev.shale.cli.report.html.ReportPage;
import dev.shale.cli.report.html.SchemaReport;
import dev.shale.cli.report.html.TimelineEntry;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.PrimaryKey;
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
        Table parent = new Table(QualifiedName.of("parents"),
                List.of(new Column("id", ColumnType.builtIn("bigint"), false, null, null, null, IMAGE)),
                new PrimaryKey("parents_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), SCRIPT);
        Table child = new Table(hostile,
                List.of(new Column("id", ColumnType.builtIn("bigint"), false, null, null, null, null),
                        new Column("<i>parent</i>", ColumnType.builtIn("bigint"), true, "'<u>'", null, null, null)),
                new PrimaryKey("child_pkey", List.of("id")), List.of(),
                List.of(new CheckConstraint("c<s>", "id < 10 and id > 0")),
                List.of(new ForeignKey("fk<em>", List.of("<i>parent</i>"), QualifiedName.of("parents"), List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                List.of(), "</section><script>alert(2)</script>");
        SchemaModel model = new SchemaModel(List.of(), List.of(new EnumType(QualifiedName.of("mood"),
                List.of("<b>HAPPY</b>", "SAD"), "it's <script>")), List.of(parent, child));
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
