package dev.shale.cli.report.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The third step of the layered layout: orders the nodes of each layer to reduce edge crossings, by alternating
 * down and up sweeps that sort each layer by the barycenter (mean position) of its neighbours in the layer just
 * swept, keeping the best ordering seen. Ties keep the current order, so the result is deterministic.
 */
final class CrossingReduction {

    private static final int SWEEPS = 24;

    private CrossingReduction() {
    }

    /**
     * Reorders {@code layers} (lists of node indexes) in place.
     *
     * @param segments edges between adjacent layers as {upper node, lower node}: the upper one is in the earlier layer
     * @param layerOf the layer of each node
     */
    static void reduce(List<List<Integer>> layers, List<int[]> segments, int[] layerOf) {
        int nodes = layerOf.length;
        List<List<Integer>> up = new ArrayList<>();
        List<List<Integer>> down = new ArrayList<>();
        for (int v = 0; v < nodes; v++) {
            up.add(new ArrayList<>());
            down.add(new ArrayList<>());
        }
        for (int[] s : segments) {
            down.get(s[0]).add(s[1]);
            up.get(s[1]).add(s[0]);
        }
        double[] position = new double[nodes];
        positions(layers, position);
        List<List<Integer>> best = copy(layers);
        long fewest = crossings(layers, segments, layerOf, position);
        double[] barycenter = new double[nodes];
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            boolean downward = sweep % 2 == 0;
            int count = layers.size();
            for (int k = 1; k < count; k++) {
                int l = downward ? k : count - 1 - k;
                List<List<Integer>> neighbours = downward ? up : down;
                List<Integer> layer = layers.get(l);
                layer.forEach(v -> barycenter[v] = barycenter(v, neighbours.get(v), position));
                layer.sort(Comparator.comparingDouble((Integer v) -> barycenter[v]).thenComparingDouble(v -> position[v]));
                for (int i = 0; i < layer.size(); i++) {
                    position[layer.get(i)] = i;
                }
            }
            long crossings = crossings(layers, segments, layerOf, position);
            if (crossings < fewest) {
                fewest = crossings;
                best = copy(layers);
            }
        }
        for (int l = 0; l < layers.size(); l++) {
            layers.set(l, best.get(l));
        }
    }

    /** The number of pairs of segments between the same two layers that cross, nodes at {@code position}. */
    static long crossings(List<List<Integer>> layers, List<int[]> segments, int[] layerOf, double[] position) {
        positions(layers, position);
        List<List<int[]>> byGap = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            byGap.add(new ArrayList<>());
        }
        segments.forEach(s -> byGap.get(layerOf[s[0]]).add(s));
        long total = 0;
        for (int l = 0; l < byGap.size(); l++) {
            total += crossingsOfGap(byGap.get(l), position, l + 1 < layers.size() ? layers.get(l + 1).size() : 0);
        }
        return total;
    }

    /**
     * Crossings between two layers in O(m log m): segments sorted by their upper end, then each counted against the
     * earlier ones whose lower end lies strictly further on (a Fenwick tree over the lower layer's positions).
     */
    private static long crossingsOfGap(List<int[]> gap, double[] position, int lowerSize) {
        List<int[]> sorted = new ArrayList<>(gap);
        sorted.sort(Comparator.comparingDouble((int[] s) -> position[s[0]]).thenComparingDouble(s -> position[s[1]]));
        long[] tree = new long[lowerSize + 1];
        long total = 0;
        int seen = 0;
        int i = 0;
        while (i < sorted.size()) {
            // segments sharing an upper end do not cross one another: count the group, then add it
            int j = i;
            while (j < sorted.size() && position[sorted.get(j)[0]] == position[sorted.get(i)[0]]) {
                int lower = (int) position[sorted.get(j)[1]];
                total += seen - prefix(tree, lower + 1);
                j++;
            }
            for (int k = i; k < j; k++) {
                for (int x = (int) position[sorted.get(k)[1]] + 1; x <= lowerSize; x += x & -x) {
                    tree[x]++;
                }
                seen++;
            }
            i = j;
        }
        return total;
    }

    /** How many added lower ends lie at positions below {@code end}. */
    private static long prefix(long[] tree, int end) {
        long sum = 0;
        for (int x = end; x > 0; x -= x & -x) {
            sum += tree[x];
        }
        return sum;
    }

    private static double barycenter(int v, List<Integer> neighbours, double[] position) {
        if (neighbours.isEmpty()) {
            return position[v];
        }
        double sum = 0;
        for (int u : neighbours) {
            sum += position[u];
        }
        return sum / neighbours.size();
    }

    private static void positions(List<List<Integer>> layers, double[] position) {
        for (List<Integer> layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                position[layer.get(i)] = i;
            }
        }
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
        return layers.stream().map(l -> (List<Integer>) new ArrayList<>(l)).toList();
    }
}
