package dev.shale.cli.report.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered (Sugiyama) layout of a directed graph, left to right: each connected component is laid out on its own
 * ({@link ComponentLayout}: cycle removal, layer assignment, barycentric crossing reduction, coordinates that keep
 * boxes of any height apart), then the components are packed side by side ({@link ComponentPacker}). A self loop
 * is drawn as a small bracket on its box's right side. Pure and deterministic: the same graph gives the same layout.
 */
public final class SugiyamaLayout {

    /** How far a self loop reaches out of its box. */
    static final double LOOP = 18;

    private SugiyamaLayout() {
    }

    /** Lays out {@code graph}. */
    public static Layout layout(LayoutGraph graph) {
        List<LayoutGraph.Node> nodes = graph.nodes();
        List<LayoutGraph.Edge> edges = graph.edges();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        int[] component = components(nodes.size(), edges, index);
        int count = Arrays.stream(component).max().orElse(-1) + 1;

        double[] x = new double[nodes.size()];
        double[] y = new double[nodes.size()];
        List<List<Layout.Point>> routes = new ArrayList<>(edges.stream().map(e -> (List<Layout.Point>) null).toList());
        List<double[]> sizes = new ArrayList<>();
        List<ComponentLayout.Result> results = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        List<List<Integer>> memberEdges = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
            memberEdges.add(new ArrayList<>());
        }
        for (int v = 0; v < nodes.size(); v++) {
            members.get(component[v]).add(v);
        }
        for (int e = 0; e < edges.size(); e++) {
            LayoutGraph.Edge edge = edges.get(e);
            if (!edge.from().equals(edge.to())) {
                memberEdges.get(component[index.get(edge.from())]).add(e);
            }
        }
        for (int c = 0; c < count; c++) {
            ComponentLayout.Result result = ComponentLayout.layout(input(members.get(c), memberEdges.get(c), nodes,
                    edges, index));
            results.add(result);
            sizes.add(new double[] {result.width() + LOOP, result.height()});
        }
        List<double[]> corners = ComponentPacker.pack(sizes);
        double width = 0;
        double height = 0;
        for (int c = 0; c < count; c++) {
            double dx = corners.get(c)[0];
            double dy = corners.get(c)[1];
            ComponentLayout.Result result = results.get(c);
            List<Integer> local = members.get(c);
            for (int i = 0; i < local.size(); i++) {
                x[local.get(i)] = result.x()[i] + dx;
                y[local.get(i)] = result.y()[i] + dy;
            }
            List<Integer> localEdges = memberEdges.get(c);
            for (int i = 0; i < localEdges.size(); i++) {
                routes.set(localEdges.get(i), result.routes().get(i).stream()
                        .map(p -> new Layout.Point(p.x() + dx, p.y() + dy)).toList());
            }
            width = Math.max(width, dx + sizes.get(c)[0]);
            height = Math.max(height, dy + sizes.get(c)[1]);
        }
        List<Layout.Box> boxes = new ArrayList<>();
        for (int v = 0; v < nodes.size(); v++) {
            LayoutGraph.Node node = nodes.get(v);
            boxes.add(new Layout.Box(node.id(), x[v], y[v], node.width(), node.height()));
        }
        List<Layout.Route> placed = new ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            LayoutGraph.Edge edge = edges.get(e);
            List<Layout.Point> points = routes.get(e) != null ? routes.get(e) : loop(boxes.get(index.get(edge.from())), edge);
            placed.add(new Layout.Route(edge.from(), edge.to(), points));
        }
        return new Layout(boxes, placed, width, height);
    }

    private static ComponentLayout.Input input(List<Integer> members, List<Integer> edgeIndexes,
                                               List<LayoutGraph.Node> nodes, List<LayoutGraph.Edge> edges,
                                               Map<String, Integer> index) {
        Map<Integer, Integer> local = new HashMap<>();
        double[] widths = new double[members.size()];
        double[] heights = new double[members.size()];
        for (int i = 0; i < members.size(); i++) {
            local.put(members.get(i), i);
            widths[i] = nodes.get(members.get(i)).width();
            heights[i] = nodes.get(members.get(i)).height();
        }
        List<int[]> localEdges = new ArrayList<>();
        double[] fromPorts = new double[edgeIndexes.size()];
        double[] toPorts = new double[edgeIndexes.size()];
        for (int i = 0; i < edgeIndexes.size(); i++) {
            LayoutGraph.Edge edge = edges.get(edgeIndexes.get(i));
            localEdges.add(new int[] {local.get(index.get(edge.from())), local.get(index.get(edge.to()))});
            fromPorts[i] = Math.min(edge.fromPort(), nodes.get(index.get(edge.from())).height());
            toPorts[i] = Math.min(edge.toPort(), nodes.get(index.get(edge.to())).height());
        }
        return new ComponentLayout.Input(widths, heights, localEdges, fromPorts, toPorts);
    }

    /** The bracket of a self loop, out of the box's right side and back. */
    private static List<Layout.Point> loop(Layout.Box box, LayoutGraph.Edge edge) {
        double right = box.x() + box.width();
        double from = box.y() + Math.min(edge.fromPort(), box.height());
        double to = box.y() + Math.min(edge.toPort(), box.height());
        return List.of(new Layout.Point(right, from), new Layout.Point(right + LOOP, from),
                new Layout.Point(right + LOOP, to), new Layout.Point(right, to));
    }

    /** The connected component of each node, numbered in the order of each component's first node. */
    private static int[] components(int n, List<LayoutGraph.Edge> edges, Map<String, Integer> index) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (LayoutGraph.Edge edge : edges) {
            int a = root(parent, index.get(edge.from()));
            int b = root(parent, index.get(edge.to()));
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        int[] component = new int[n];
        Map<Integer, Integer> numbers = new HashMap<>();
        for (int v = 0; v < n; v++) {
            component[v] = numbers.computeIfAbsent(root(parent, v), r -> numbers.size());
        }
        return component;
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
