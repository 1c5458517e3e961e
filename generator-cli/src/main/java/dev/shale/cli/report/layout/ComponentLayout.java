package dev.shale.cli.report.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The layered layout of one connected component, left to right: cycle removal and layers ({@link Layering}),
 * dummy nodes where an edge spans several layers, crossing reduction ({@link CrossingReduction}), then
 * coordinates: layers as columns as wide as their widest box, boxes within a column placed by
 * {@link OrderedPlacement} near the ports of their neighbours, in alternating sweeps.
 */
final class ComponentLayout {

    /** Horizontal room between two layers, for the edges. */
    static final double LAYER_GAP = 120;
    /** Vertical room between two boxes of one layer. */
    static final double NODE_GAP = 32;
    /** The height a dummy node (an edge passing a layer) takes in its layer. */
    static final double DUMMY_HEIGHT = 10;
    private static final int PLACEMENT_SWEEPS = 16;

    /** A component's input: sizes of its nodes and its edges {from, to} as local indexes, with their ports. */
    record Input(double[] widths, double[] heights, List<int[]> edges, double[] fromPorts, double[] toPorts) {
    }

    /** Result: top-left corners of the real nodes, the size, and each edge's route, in the input's order. */
    record Result(double[] x, double[] y, double width, double height, List<List<Layout.Point>> routes) {
    }

    private ComponentLayout() {
    }

    static Result layout(Input in) {
        int real = in.widths().length;
        boolean[] reversed = Layering.reversedEdges(real, in.edges());
        List<int[]> dag = new ArrayList<>();
        for (int i = 0; i < in.edges().size(); i++) {
            int[] e = in.edges().get(i);
            dag.add(reversed[i] ? new int[] {e[1], e[0]} : e);
        }
        int[] realLayer = Layering.layers(real, dag);

        // nodes: the real ones, then a dummy for each layer an edge passes
        List<Double> width = new ArrayList<>();
        List<Double> height = new ArrayList<>();
        List<Integer> layer = new ArrayList<>();
        for (int v = 0; v < real; v++) {
            width.add(in.widths()[v]);
            height.add(in.heights()[v]);
            layer.add(realLayer[v]);
        }
        List<int[]> chains = new ArrayList<>(); // per edge: nodes from the earlier layer to the later one
        List<double[]> segments = new ArrayList<>(); // {upper, lower, upper port, lower port}
        for (int i = 0; i < dag.size(); i++) {
            int u = dag.get(i)[0];
            int w = dag.get(i)[1];
            double portU = reversed[i] ? in.toPorts()[i] : in.fromPorts()[i];
            double portW = reversed[i] ? in.fromPorts()[i] : in.toPorts()[i];
            int span = realLayer[w] - realLayer[u];
            int[] chain = new int[span + 1];
            chain[0] = u;
            chain[span] = w;
            for (int k = 1; k < span; k++) {
                chain[k] = width.size();
                width.add(0.0);
                height.add(DUMMY_HEIGHT);
                layer.add(realLayer[u] + k);
            }
            for (int k = 0; k < span; k++) {
                double top = k == 0 ? portU : DUMMY_HEIGHT / 2;
                double bottom = k == span - 1 ? portW : DUMMY_HEIGHT / 2;
                segments.add(new double[] {chain[k], chain[k + 1], top, bottom});
            }
            chains.add(chain);
        }
        int nodes = width.size();
        int[] layerOf = layer.stream().mapToInt(Integer::intValue).toArray();
        int layerCount = layer.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<Integer>> layers = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            layers.add(new ArrayList<>());
        }
        for (int v = 0; v < nodes; v++) {
            layers.get(layerOf[v]).add(v);
        }
        CrossingReduction.reduce(layers, segments.stream().map(s -> new int[] {(int) s[0], (int) s[1]}).toList(), layerOf);

        double[] layerX = new double[layerCount];
        double[] layerWidth = new double[layerCount];
        for (int l = 0; l < layerCount; l++) {
            layerWidth[l] = layers.get(l).stream().mapToDouble(width::get).max().orElse(0);
            layerX[l] = l == 0 ? 0 : layerX[l - 1] + layerWidth[l - 1] + LAYER_GAP;
        }
        double[] y = verticalPositions(layers, segments, height, layerOf);

        double[] x = new double[real];
        double[] top = new double[real];
        double bottom = 0;
        for (int v = 0; v < nodes; v++) {
            bottom = Math.max(bottom, y[v] + height.get(v));
        }
        for (int v = 0; v < real; v++) {
            x[v] = layerX[layerOf[v]];
            top[v] = y[v];
        }
        List<List<Layout.Point>> routes = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) {
            int[] chain = chains.get(i);
            double portU = reversed[i] ? in.toPorts()[i] : in.fromPorts()[i];
            double portW = reversed[i] ? in.fromPorts()[i] : in.toPorts()[i];
            List<Layout.Point> points = new ArrayList<>();
            int first = chain[0];
            int last = chain[chain.length - 1];
            points.add(new Layout.Point(x[first] + width.get(first), y[first] + portU));
            for (int k = 1; k < chain.length - 1; k++) {
                int d = chain[k];
                double mid = y[d] + DUMMY_HEIGHT / 2;
                points.add(new Layout.Point(layerX[layerOf[d]], mid));
                points.add(new Layout.Point(layerX[layerOf[d]] + layerWidth[layerOf[d]], mid));
            }
            points.add(new Layout.Point(x[last], y[last] + portW));
            routes.add(reversed[i] ? reverse(points) : points);
        }
        double right = layerX[layerCount - 1] + layerWidth[layerCount - 1];
        return new Result(x, top, right, bottom, routes);
    }

    /** Tops of all nodes: stacked per layer, then swept towards their neighbours' ports; the least top is 0. */
    private static double[] verticalPositions(List<List<Integer>> layers, List<double[]> segments, List<Double> height,
                                              int[] layerOf) {
        int nodes = layerOf.length;
        boolean[] hasUpper = new boolean[nodes];
        boolean[] hasLower = new boolean[nodes];
        for (double[] s : segments) {
            hasLower[(int) s[0]] = true;
            hasUpper[(int) s[1]] = true;
        }
        // the segments touching each layer, so that a layer's pass reads only its own
        List<List<double[]>> touching = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            touching.add(new ArrayList<>());
        }
        for (double[] s : segments) {
            touching.get(layerOf[(int) s[0]]).add(s);
            touching.get(layerOf[(int) s[1]]).add(s);
        }
        double[] y = new double[nodes];
        for (List<Integer> layer : layers) {
            double next = 0;
            for (int v : layer) {
                y[v] = next;
                next += height.get(v) + NODE_GAP;
            }
        }
        double[] sum = new double[nodes];
        int[] count = new int[nodes];
        for (int sweep = 0; sweep < PLACEMENT_SWEEPS; sweep++) {
            boolean downward = sweep % 2 == 0;
            for (int k = 0; k < layers.size(); k++) {
                int l = downward ? k : layers.size() - 1 - k;
                List<Integer> layer = layers.get(l);
                for (int v : layer) {
                    sum[v] = 0;
                    count[v] = 0;
                }
                for (double[] s : touching.get(l)) {
                    int upper = (int) s[0];
                    int lower = (int) s[1];
                    // a node follows the side swept before it, or either side when it has only that one
                    if (layerOf[lower] == l && (downward || !hasLower[lower])) {
                        sum[lower] += y[upper] + s[2] - s[3];
                        count[lower]++;
                    }
                    if (layerOf[upper] == l && (!downward || !hasUpper[upper])) {
                        sum[upper] += y[lower] + s[3] - s[2];
                        count[upper]++;
                    }
                }
                double[] desired = new double[layer.size()];
                double[] heights = new double[layer.size()];
                for (int i = 0; i < layer.size(); i++) {
                    int v = layer.get(i);
                    desired[i] = count[v] == 0 ? y[v] : sum[v] / count[v];
                    heights[i] = height.get(v);
                }
                double[] placed = OrderedPlacement.place(desired, heights, NODE_GAP);
                for (int i = 0; i < layer.size(); i++) {
                    y[layer.get(i)] = placed[i];
                }
            }
        }
        double min = Double.MAX_VALUE;
        for (double top : y) {
            min = Math.min(min, top);
        }
        for (int v = 0; v < nodes; v++) {
            y[v] -= min;
        }
        return y;
    }

    private static List<Layout.Point> reverse(List<Layout.Point> points) {
        List<Layout.Point> reversed = new ArrayList<>(points);
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
