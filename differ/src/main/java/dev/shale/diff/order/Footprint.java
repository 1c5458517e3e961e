package dev.shale.diff.order;

import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one change does to the objects of a database: the objects it {@code creates}, {@code drops} and
 * {@code alters} in place, those that must exist while it runs ({@code needs}), and those whose exact form it
 * depends on ({@code reads}: it runs after an alteration of them, or before it when it works on the old form).
 * {@code expressions} are SQL texts of a table that read whichever of its columns they mention; {@link ChangeGraph}
 * turns them into reads of the columns other changes touch. {@code side} says which form of an object that is
 * replaced or altered in the same migration the change works on.
 */
public record Footprint(Set<ObjectKey> creates, Set<ObjectKey> drops, Set<ObjectKey> alters, Set<ObjectKey> needs,
                        Set<ObjectKey> reads, List<Expression> expressions, Side side) {

    /** Which form of an object replaced or altered in the same migration a change works on. */
    public enum Side {
        /** The objects as they were: a drop. */
        OLD,
        /** The objects as they become: everything else. */
        NEW
    }

    /** A SQL expression of {@code table} (a generated column, fill, check, index key or predicate). */
    public record Expression(QualifiedName table, String sql) {
        public Expression {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(sql, "sql");
        }
    }

    public Footprint {
        // In the order given, so that the object named for an edge, and so messages, are the same on every run.
        creates = ordered(creates);
        drops = ordered(drops);
        alters = ordered(alters);
        needs = ordered(needs);
        reads = ordered(reads);
        expressions = List.copyOf(expressions);
        Objects.requireNonNull(side, "side");
    }

    private static Set<ObjectKey> ordered(Set<ObjectKey> keys) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    }

    /** This footprint reading {@code more} besides. */
    Footprint readingAlso(Set<ObjectKey> more) {
        Set<ObjectKey> all = new LinkedHashSet<>(reads);
        all.addAll(more);
        return new Footprint(creates, drops, alters, needs, all, expressions, side);
    }

    /** Whether this change creates, drops or alters {@code key} itself. */
    boolean touches(ObjectKey key) {
        return creates.contains(key) || drops.contains(key) || alters.contains(key);
    }

    /** Collects a footprint. */
    static final class Builder {
        private final Set<ObjectKey> creates = new LinkedHashSet<>();
        private final Set<ObjectKey> drops = new LinkedHashSet<>();
        private final Set<ObjectKey> alters = new LinkedHashSet<>();
        private final Set<ObjectKey> needs = new LinkedHashSet<>();
        private final Set<ObjectKey> reads = new LinkedHashSet<>();
        private final List<Expression> expressions = new ArrayList<>();
        private final Side side;

        Builder(Side side) {
            this.side = side;
        }

        Builder creates(ObjectKey key) {
            creates.add(key);
            return this;
        }

        Builder drops(ObjectKey key) {
            drops.add(key);
            return this;
        }

        Builder alters(ObjectKey key) {
            alters.add(key);
            return this;
        }

        /** Adds {@code key} when it is not null (a built-in type has no key). */
        Builder needs(ObjectKey key) {
            if (key != null) {
                needs.add(key);
            }
            return this;
        }

        /** Adds {@code key} when it is not null. */
        Builder reads(ObjectKey key) {
            if (key != null) {
                reads.add(key);
            }
            return this;
        }

        /** Adds {@code sql} when it is not null. */
        Builder expression(QualifiedName table, String sql) {
            if (sql != null) {
                expressions.add(new Expression(table, sql));
            }
            return this;
        }

        Footprint build() {
            return new Footprint(creates, drops, alters, needs, reads, expressions, side);
        }
    }
}
