package dev.shale.diff.order;

import dev.shale.diff.ColumnMentions;
import dev.shale.diff.change.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which changes of a migration must run before which, from their {@link Footprint footprints}. For each object:
 * <ul>
 * <li>its drops run before its creations (a replaced object, or a name freed for another);
 * <li>its alterations run after its creations, and before its drops when nothing creates it again;
 * <li>a change that needs or reads it runs after its creations and before its drops. Where it is replaced or
 *     altered, a drop (a change on the {@link Footprint.Side#OLD old} side) uses the old form and runs before the
 *     drop or alteration (after a rename that gives the object its name, still before the alteration), any other
 *     change the new form and runs after the creation or alteration.
 * </ul>
 * An object that some change creates and none drops is taken to be new; one that some change drops is taken to
 * exist before the migration.
 */
public final class ChangeGraph {

    /** Why one change runs before another: the object they share. */
    public record Edge(int before, int after, ObjectKey object) {
    }

    private final List<Change> changes;
    private final List<Footprint> footprints;
    private final List<Map<Integer, ObjectKey>> successors = new ArrayList<>();

    private ChangeGraph(List<Change> changes) {
        this.changes = List.copyOf(changes);
        List<Footprint> plain = this.changes.stream().map(c -> c.accept(Footprints.INSTANCE)).toList();
        this.footprints = withExpressionReads(plain);
        for (int i = 0; i < this.changes.size(); i++) {
            successors.add(new LinkedHashMap<>());
        }
        link();
    }

    /** The graph of {@code changes}; a change is named by its index in the list. */
    public static ChangeGraph of(List<Change> changes) {
        return new ChangeGraph(changes);
    }

    public List<Change> changes() {
        return changes;
    }

    public Footprint footprint(int change) {
        return footprints.get(change);
    }

    /** The changes that must run after {@code change}, each with the object that ties them. */
    public Map<Integer, ObjectKey> successors(int change) {
        return successors.get(change);
    }

    /** Whether {@code before} must run before {@code after}. */
    public boolean mustPrecede(int before, int after) {
        return successors.get(before).containsKey(after);
    }

    /** Every edge, ordered by its changes' indexes. */
    public List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < successors.size(); i++) {
            for (Map.Entry<Integer, ObjectKey> e : new TreeMap<>(successors.get(i)).entrySet()) {
                edges.add(new Edge(i, e.getKey(), e.getValue()));
            }
        }
        return edges;
    }

    /** Who does what to one object. */
    private static final class Roles {
        final Set<Integer> creators = new TreeSet<>();
        final Set<Integer> droppers = new TreeSet<>();
        final Set<Integer> alterers = new TreeSet<>();
        final Set<Integer> needers = new TreeSet<>();
        final Set<Integer> readers = new TreeSet<>();
    }

    private void link() {
        Map<ObjectKey, Roles> objects = new LinkedHashMap<>();
        for (int i = 0; i < footprints.size(); i++) {
            Footprint f = footprints.get(i);
            int change = i;
            f.creates().forEach(k -> objects.computeIfAbsent(k, x -> new Roles()).creators.add(change));
            f.drops().forEach(k -> objects.computeIfAbsent(k, x -> new Roles()).droppers.add(change));
            f.alters().forEach(k -> objects.computeIfAbsent(k, x -> new Roles()).alterers.add(change));
            f.needs().forEach(k -> objects.computeIfAbsent(k, x -> new Roles()).needers.add(change));
            f.reads().forEach(k -> objects.computeIfAbsent(k, x -> new Roles()).readers.add(change));
        }
        objects.forEach(this::link);
    }

    private void link(ObjectKey key, Roles roles) {
        boolean existsBefore = roles.creators.isEmpty() || !roles.droppers.isEmpty();
        boolean existsAfter = roles.droppers.isEmpty() || !roles.creators.isEmpty();
        all(roles.droppers, roles.creators, key);
        if (roles.creators.isEmpty()) {
            all(roles.alterers, roles.droppers, key);
        } else {
            all(roles.creators, roles.alterers, key);
        }
        Set<Integer> users = new TreeSet<>(roles.needers);
        users.addAll(roles.readers);
        for (int user : users) {
            if (!footprints.get(user).touches(key)) {
                linkUser(key, roles, user, existsBefore, existsAfter);
            }
        }
    }

    /** Places a change that needs or reads {@code key} (without creating, dropping or altering it itself). */
    private void linkUser(ObjectKey key, Roles roles, int user, boolean existsBefore, boolean existsAfter) {
        boolean newSide = footprints.get(user).side() == Footprint.Side.NEW;
        boolean reads = roles.readers.contains(user);
        if (existsAfter && (newSide || !existsBefore)) {
            // Uses the object by the name it gets: after its creation (a column renamed into place, say).
            after(user, roles.creators, key);
            if (reads && newSide) {
                // Depends on its new form: after its alterations.
                after(user, roles.alterers, key);
            } else if (reads) {
                // A drop reads its old form (a generated column over a renamed column whose type or collation
                // changes, which PostgreSQL refuses to alter under it): before its alterations.
                before(user, roles.alterers, key);
            }
            return;
        }
        if (!existsAfter && newSide && key.kind() == ObjectKey.Kind.UNIQUE_KEY) {
            // A new foreign key over columns whose unique constraint or index is dropped: another key over the same
            // columns (a primary key, say) stays and serves it.
            return;
        }
        // Uses the object as it was (a drop), or one that is gone by the end: before it is dropped.
        before(user, roles.droppers, key);
        if (reads && roles.creators.isEmpty()) {
            if (newSide) {
                after(user, roles.alterers, key);
            } else {
                before(user, roles.alterers, key);
            }
        }
    }

    private void all(Set<Integer> before, Set<Integer> after, ObjectKey key) {
        for (int b : before) {
            for (int a : after) {
                edge(b, a, key);
            }
        }
    }

    private void before(int user, Set<Integer> later, ObjectKey key) {
        later.forEach(l -> edge(user, l, key));
    }

    private void after(int user, Set<Integer> earlier, ObjectKey key) {
        earlier.forEach(e -> edge(e, user, key));
    }

    private void edge(int before, int after, ObjectKey key) {
        if (before != after) {
            successors.get(before).putIfAbsent(after, key);
        }
    }

    /**
     * Adds to each footprint, as reads, the columns its expressions mention among those other changes create, drop
     * or alter in the same table. A mention is searched as a whole identifier, so a false "reads" is possible (an
     * extra ordering) and a missed one is not.
     */
    private static List<Footprint> withExpressionReads(List<Footprint> footprints) {
        Map<String, Set<ObjectKey>> touched = new HashMap<>();
        for (Footprint f : footprints) {
            for (Set<ObjectKey> keys : List.of(f.creates(), f.drops(), f.alters())) {
                keys.stream().filter(k -> k.kind() == ObjectKey.Kind.COLUMN).forEach(k ->
                        touched.computeIfAbsent(k.schema() + "\u0000" + k.name(), x -> new LinkedHashSet<>()).add(k));
            }
        }
        List<Footprint> result = new ArrayList<>();
        for (Footprint f : footprints) {
            Set<ObjectKey> reads = new LinkedHashSet<>();
            for (Footprint.Expression e : f.expressions()) {
                for (ObjectKey column : touched.getOrDefault(e.table().schema() + "\u0000" + e.table().name(), Set.of())) {
                    if (ColumnMentions.inExpression(e.sql(), Set.of(column.member()))) {
                        reads.add(column);
                    }
                }
            }
            result.add(reads.isEmpty() ? f : f.readingAlso(reads));
        }
        return result;
    }
}
