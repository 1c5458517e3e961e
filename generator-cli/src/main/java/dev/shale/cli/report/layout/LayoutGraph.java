package dev.shale.cli.report.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the layout places: boxes of given sizes and the edges between them. An edge {@code from -> to} puts
 * {@code to} in a later (further right) layer than {@code from} where cycles allow; its ports are the
 * distances from the top of each box at which it attaches.
 */
public record LayoutGraph(List<Node> nodes, List<Edge> edges) {

    /** A box to place, {@code width} by {@code height}. */
    public record Node(String id, double width, double height) {
        public Node {
            Objects.requireNonNull(id, "id");
            if (!(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("node " + id + " needs a positive size, not " + width + "x" + height);
            }
        }
    }

    /** An edge between two nodes, attached {@code fromPort} below the top of {@code from}, {@code toPort} of {@code to}. */
    public record Edge(String from, String to, double fromPort, double toPort) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("two nodes are named " + node.id());
            }
        }
        for (Edge edge : edges) {
            if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
                throw new IllegalArgumentException("edge " + edge.from() + " -> " + edge.to() + " names an unknown node");
            }
            if (edge.fromPort() < 0 || edge.toPort() < 0) {
                throw new IllegalArgumentException("edge " + edge.from() + " -> " + edge.to() + " has a negative port");
            }
        }
    }
}
