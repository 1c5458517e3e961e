package dev.shale.cli.report.layout;

import java.util.List;

/**
 * Where a {@link LayoutGraph} was placed: one box per node and one route per edge, in the graph's order, and the
 * size of the whole drawing (every box and route lies within {@code 0..width} by {@code 0..height}).
 */
public record Layout(List<Box> boxes, List<Route> routes, double width, double height) {

    /** A placed node: its top-left corner and size. */
    public record Box(String id, double x, double y, double width, double height) {

        /** Whether this box and {@code other} share any area (touching edges do not count). */
        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width
                    && y < other.y + other.height && other.y < y + height;
        }
    }

    /** A point of a route. */
    public record Point(double x, double y) {
    }

    /** An edge's polyline, from its {@code from} box's side to its {@code to} box's side. */
    public record Route(String from, String to, List<Point> points) {
        public Route {
            points = List.copyOf(points);
        }
    }

    public Layout {
        boxes = List.copyOf(boxes);
        routes = List.copyOf(routes);
    }
}
