package dev.shale.cli.report.html;

import java.util.List;

/**
 * The entity-relationship diagram as the template draws it: its size, one box per table and one path per foreign
 * key, all coordinates in SVG user units.
 */
public record DiagramView(String width, String height, List<BoxView> boxes, List<EdgeView> edges) {

    /** A table's box: its frame, the header with the name, and a row per column. */
    public record BoxView(String anchor, String name, String x, String y, String width, String height,
                          String headerHeight, String textX, String titleY, String typeX, List<RowView> rows) {
    }

    /** A column row in a box: key markers, name and type, at baseline {@code y}. */
    public record RowView(String y, String keys, String name, String type, boolean nullable) {
    }

    /** A foreign key's path from the referencing column to the referenced table. */
    public record EdgeView(String name, String from, String to, String path) {
    }

    public DiagramView {
        boxes = List.copyOf(boxes);
        edges = List.copyOf(edges);
    }
}
