package dev.shale.diff.order;

import dev.shale.diff.change.Change;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Puts changes in dependency order: a topological sort of their {@link ChangeGraph} (Kahn's), taking among the
 * changes that are ready the one of lowest {@link Rank}. Where the rank order already respects every dependency, it
 * is the result. Every change runs after those it depends on, so the reversed list of their reverses is a valid
 * order too. Changes that depend on each other in a cycle cannot be ordered: {@link DependencyCycleException}.
 */
public final class ChangeOrder {

    private ChangeOrder() {
    }

    /**
     * {@code changes} in dependency order; the same changes in any order give the same list.
     *
     * @throws DependencyCycleException when some of them depend on each other in a cycle
     */
    public static List<Change> sort(List<Change> changes) {
        ChangeGraph graph = ChangeGraph.of(changes);
        int size = changes.size();
        Rank rank = Rank.of(graph);
        List<Rank.Position> positions = changes.stream().map(c -> c.accept(rank)).toList();
        int[] waiting = new int[size];
        for (int i = 0; i < size; i++) {
            for (int next : graph.successors(i).keySet()) {
                waiting[next]++;
            }
        }
        Comparator<Integer> byRank = Comparator.<Integer, Rank.Position>comparing(positions::get)
                .thenComparing(Comparator.naturalOrder());
        PriorityQueue<Integer> ready = new PriorityQueue<>(byRank);
        for (int i = 0; i < size; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<Change> sorted = new ArrayList<>(size);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            sorted.add(changes.get(next));
            for (int after : graph.successors(next).keySet()) {
                if (--waiting[after] == 0) {
                    ready.add(after);
                }
            }
        }
        if (sorted.size() < size) {
            throw new DependencyCycleException(cycle(graph, waiting, byRank));
        }
        return List.copyOf(sorted);
    }

    /**
     * The index of the first change in {@code changes} that must run after a change that comes later in the list,
     * or empty when the list is in a valid order.
     */
    public static Optional<Integer> firstOutOfOrder(List<Change> changes) {
        ChangeGraph graph = ChangeGraph.of(changes);
        for (int i = 0; i < changes.size(); i++) {
            for (int j = i + 1; j < changes.size(); j++) {
                if (graph.mustPrecede(j, i)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A cycle among the changes still {@code waiting} after the sort: walks back from the lowest-ranked one, through
     * the lowest-ranked predecessor each time, until a change repeats; so the same changes give the same cycle.
     */
    private static List<DependencyCycleException.Step> cycle(ChangeGraph graph, int[] waiting,
                                                             Comparator<Integer> byRank) {
        int size = waiting.length;
        List<List<Integer>> predecessors = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            predecessors.add(new ArrayList<>());
        }
        for (int i = 0; i < size; i++) {
            for (int next : graph.successors(i).keySet()) {
                if (waiting[i] > 0 && waiting[next] > 0) {
                    predecessors.get(next).add(i);
                }
            }
        }
        int current = IntStream.range(0, size).filter(i -> waiting[i] > 0).boxed()
                .min(byRank).orElseThrow();
        List<Integer> walk = new ArrayList<>();
        while (!walk.contains(current)) {
            walk.add(current);
            current = predecessors.get(current).stream().min(byRank).orElseThrow();
        }
        List<Integer> loop = new ArrayList<>(walk.subList(walk.indexOf(current), walk.size()));
        Collections.reverse(loop);
        List<DependencyCycleException.Step> steps = new ArrayList<>();
        for (int i = 0; i < loop.size(); i++) {
            int from = loop.get(i);
            int to = loop.get((i + 1) % loop.size());
            Map<Integer, ObjectKey> next = graph.successors(from);
            steps.add(new DependencyCycleException.Step(graph.changes().get(from), next.get(to)));
        }
        return steps;
    }
}
