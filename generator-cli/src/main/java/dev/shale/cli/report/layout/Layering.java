package dev.shale.cli.report.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The first two steps of the layered layout: cycle removal (a depth-first search in node order reverses each edge
 * that closes a cycle) and layer assignment (longest path from the sources, then each source pulled next to its
 * nearest successor so that its edges stay short).
 */
final class Layering {

    private Layering() {
    }

    /**
     * Which of {@code edges} (pairs of node indexes below {@code n}, no self loops) to reverse so that the graph
     * has no cycle: the back edges of a depth-first search started from each node in index order.
     */
    static boolean[] reversedEdges(int n, List<int[]> edges) {
        List<List<Integer>> out = outgoing(n, edges);
        boolean[] reversed = new boolean[edges.size()];
        int[] state = new int[n]; // 0 unvisited, 1 on the stack, 2 done
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>(); // {node, next outgoing position}
            stack.push(new int[] {root, 0});
            state[root] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> next = out.get(top[0]);
                if (top[1] == next.size()) {
                    state[top[0]] = 2;
                    stack.pop();
                    continue;
                }
                int edge = next.get(top[1]++);
                int target = edges.get(edge)[1];
                if (state[target] == 1) {
                    reversed[edge] = true;
                } else if (state[target] == 0) {
                    state[target] = 1;
                    stack.push(new int[] {target, 0});
                }
            }
        }
        return reversed;
    }

    /** The layer of each node of the acyclic {@code edges}: every edge goes to a later layer; the first is 0. */
    static int[] layers(int n, List<int[]> edges) {
        List<List<Integer>> out = outgoing(n, edges);
        int[] incoming = new int[n];
        edges.forEach(e -> incoming[e[1]]++);
        int[] remaining = incoming.clone();
        int[] layer = new int[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            if (remaining[v] == 0) {
                ready.add(v);
            }
        }
        List<Integer> topological = new ArrayList<>();
        while (!ready.isEmpty()) {
            int v = ready.poll();
            topological.add(v);
            for (int edge : out.get(v)) {
                int w = edges.get(edge)[1];
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--remaining[w] == 0) {
                    ready.add(w);
                }
            }
        }
        if (topological.size() != n) {
            throw new IllegalStateException("the edges still have a cycle after cycle removal");
        }
        // a source sits just before the nearest of its successors instead of in layer 0
        for (int i = topological.size() - 1; i >= 0; i--) {
            int v = topological.get(i);
            if (incoming[v] == 0 && !out.get(v).isEmpty()) {
                layer[v] = out.get(v).stream().mapToInt(e -> layer[edges.get(e)[1]]).min().orElseThrow() - 1;
            }
        }
        int min = Arrays.stream(layer).min().orElse(0);
        for (int v = 0; v < n; v++) {
            layer[v] -= min;
        }
        return layer;
    }

    private static List<List<Integer>> outgoing(int n, List<int[]> edges) {
        List<List<Integer>> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < edges.size(); i++) {
            out.get(edges.get(i)[0]).add(i);
        }
        return out;
    }
}
