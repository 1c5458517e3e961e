package dev.shale.cli.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema report: one self-contained HTML page (inline CSS, JavaScript and SVG; nothing loaded from the network)
 * with the entity-relationship diagram, each table's section, the enums and the migration timeline. Rendered by the
 * Mustache template {@code report.html.mustache} with HTML escaping, so no name, comment or expression can inject
 * markup. Pure: the same inputs give the same page.
 */
public final class SchemaReport {

    private static final Mustache TEMPLATE =
            new DefaultMustacheFactory("dev/shale/cli/templates").compile("report.html.mustache");

    private SchemaReport() {
    }

    /** The page's content for {@code model}, read from {@code source}, with the project's {@code timeline}. */
    public static ReportPage page(SchemaModel model, String source, String generatedAt, List<TimelineEntry> timeline,
                                  String timelineNote) {
        Anchors anchors = new Anchors(model);
        Map<QualifiedName, List<TableView.Reference>> incoming = new HashMap<>();
        for (Table table : model.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                incoming.computeIfAbsent(fk.referencedTable(), t -> new ArrayList<>())
                        .add(new TableView.Reference(fk.name(), String.join(", ", fk.referencedColumns()),
                                Anchors.label(table.name()), anchors.of(table.name()), String.join(", ", fk.columns()),
                                ""));
            }
        }
        List<TableView> tables = model.tables().stream()
                .map(t -> TableView.of(t, anchors, incoming.getOrDefault(t.name(), List.of()))).toList();
        List<ReportPage.EnumView> enums = model.enums().stream()
                .map((EnumType e) -> new ReportPage.EnumView(Anchors.label(e.name()), e.values(), e.comment())).toList();
        return new ReportPage(source, generatedAt, ErDiagram.draw(model, anchors), tables, enums, timeline,
                timelineNote);
    }

    /** The HTML of {@code page}. */
    public static String render(ReportPage page) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, page);
        return out.toString();
    }
}
