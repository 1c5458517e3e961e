package dev.shale.cli.report.html;

import dev.shale.cli.report.layout.Layout;
import dev.shale.cli.report.layout.LayoutGraph;
import dev.shale.cli.report.layout.SugiyamaLayout;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a model's entity-relationship diagram: sizes each table's box from its text (monospace, so widths are
 * known), lays the boxes out with {@link SugiyamaLayout} (a foreign key is an edge from the referencing column's
 * row to the referenced column's row, so referenced tables sit to the right), and turns routes into SVG paths.
 */
public final class ErDiagram {

    /** Height of a box's header row. */
    static final double HEADER = 26;
    /** Height of a column row. */
    static final double ROW = 18;
    /** Width of one character of the 12px monospace font, and of the 13px bold header font. */
    static final double CHAR = 7.3;
    static final double TITLE_CHAR = 8.0;
    static final double PADDING = 8;
    static final double MIN_WIDTH = 150;
    static final double MAX_WIDTH = 440;
    private static final int MAX_NAME = 30;
    private static final int MAX_TYPE = 22;

    private ErDiagram() {
    }

    /** The diagram of {@code model}'s tables, ids from {@code anchors}. */
    public static DiagramView draw(SchemaModel model, Anchors anchors) {
        List<LayoutGraph.Node> nodes = new ArrayList<>();
        for (Table table : model.tables()) {
            nodes.add(new LayoutGraph.Node(anchors.of(table.name()), width(table), HEADER + ROW * table.columns().size() + 6));
        }
        List<LayoutGraph.Edge> edges = new ArrayList<>();
        List<ForeignKey> keys = new ArrayList<>();
        for (Table table : model.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                Optional<Table> target = model.table(fk.referencedTable());
                if (target.isEmpty()) {
                    continue; // a key to a table outside the model (another schema not read): listed, not drawn
                }
                edges.add(new LayoutGraph.Edge(anchors.of(table.name()), anchors.of(target.get().name()),
                        port(table, fk.columns().get(0)), port(target.get(), fk.referencedColumns().isEmpty()
                                ? null : fk.referencedColumns().get(0))));
                keys.add(fk);
            }
        }
        Layout layout = SugiyamaLayout.layout(new LayoutGraph(nodes, edges));

        List<DiagramView.BoxView> boxes = new ArrayList<>();
        for (int i = 0; i < model.tables().size(); i++) {
            boxes.add(box(model.tables().get(i), layout.boxes().get(i)));
        }
        List<DiagramView.EdgeView> paths = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Layout.Route route = layout.routes().get(i);
            paths.add(new DiagramView.EdgeView(keys.get(i).name(), route.from(), route.to(), path(route.points())));
        }
        return new DiagramView(number(layout.width() + 20), number(layout.height() + 20), boxes, paths);
    }

    /** The y of a column's row centre within its box; the header's centre for no or an unknown column. */
    static double port(Table table, String column) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(column)) {
                return HEADER + ROW * i + ROW / 2 + 3;
            }
        }
        return HEADER / 2;
    }

    static double width(Table table) {
        double widest = Math.min(Anchors.label(table.name()).length(), MAX_NAME + 10) * TITLE_CHAR;
        for (Column column : table.columns()) {
            String keys = Keys.markers(table, column.name());
            double row = (keys.isEmpty() ? 0 : (keys.length() + 1) * CHAR)
                    + Math.min(column.name().length(), MAX_NAME) * CHAR + 2 * CHAR
                    + Math.min(column.type().sql().length(), MAX_TYPE) * CHAR;
            widest = Math.max(widest, row);
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.ceil(widest + 2 * PADDING)));
    }

    private static DiagramView.BoxView box(Table table, Layout.Box box) {
        List<DiagramView.RowView> rows = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            String keys = Keys.markers(table, column.name());
            rows.add(new DiagramView.RowView(number(box.y() + HEADER + ROW * i + 16), keys,
                    shorten(column.name(), MAX_NAME), shorten(column.type().sql(), MAX_TYPE), column.nullable()));
        }
        return new DiagramView.BoxView(box.id(), shorten(Anchors.label(table.name()), MAX_NAME + 10),
                number(box.x()), number(box.y()), number(box.width()), number(box.height()), number(HEADER),
                number(box.x() + PADDING), number(box.y() + HEADER - 8), number(box.x() + box.width() - PADDING), rows);
    }

    /** Straight along dummy columns, curves with horizontal tangents between layers. */
    static String path(List<Layout.Point> points) {
        StringBuilder d = new StringBuilder("M" + number(points.get(0).x()) + "," + number(points.get(0).y()));
        for (int i = 1; i < points.size(); i++) {
            Layout.Point a = points.get(i - 1);
            Layout.Point b = points.get(i);
            double dx = (b.x() - a.x()) / 2;
            if (a.y() == b.y() || a.x() == b.x()) {
                d.append(" L").append(number(b.x())).append(",").append(number(b.y()));
            } else {
                d.append(" C").append(number(a.x() + dx)).append(",").append(number(a.y()))
                        .append(" ").append(number(b.x() - dx)).append(",").append(number(b.y()))
                        .append(" ").append(number(b.x())).append(",").append(number(b.y()));
            }
        }
        return d.toString();
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** A coordinate with at most one decimal, the same on every machine. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
    }
}
