package dev.shale.model;

import java.util.Objects;

/**
 * A sequence ({@code CREATE SEQUENCE}): its data type ({@code smallint}, {@code integer} or {@code bigint}), options
 * and the column that owns it ({@code OWNED BY}), if any. A null {@code minValue} or {@code maxValue} is
 * PostgreSQL's default for the data type and the increment's sign ({@code NO MINVALUE}, {@code NO MAXVALUE}).
 * A {@code serial} column is a column whose default is {@code nextval} of a sequence it owns: PostgreSQL keeps
 * no other trace of the word, and neither does the model.
 */
public record Sequence(QualifiedName name, String dataType, long start, long increment, Long minValue,
                       Long maxValue, long cache, boolean cycle, OwnedBy ownedBy) implements SequenceOptions {

    /** The column a sequence belongs to: dropping the column (or its table) drops the sequence. */
    public record OwnedBy(QualifiedName table, String column) {
        public OwnedBy {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }
    }

    /** The data types a sequence can have, in PostgreSQL's spelling. */
    public static final java.util.List<String> DATA_TYPES = java.util.List.of("smallint", "integer", "bigint");

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        if (!DATA_TYPES.contains(dataType)) {
            throw new IllegalArgumentException("sequence " + name + ": data type must be one of " + DATA_TYPES
                    + ", not " + dataType);
        }
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + ": increment must not be 0");
        }
        if (cache < 1) {
            throw new IllegalArgumentException("sequence " + name + ": cache must be at least 1, not " + cache);
        }
        long min = effectiveMin(dataType, increment, minValue);
        long max = effectiveMax(dataType, increment, maxValue);
        if (min >= max) {
            throw new IllegalArgumentException("sequence " + name + ": minValue " + min
                    + " must be less than maxValue " + max);
        }
        if (start < min || start > max) {
            throw new IllegalArgumentException("sequence " + name + ": start " + start + " must lie between "
                    + min + " and " + max);
        }
    }

    /** The smallest value: {@code minValue}, or PostgreSQL's default for the type and the increment's sign. */
    public long min() {
        return effectiveMin(dataType, increment, minValue);
    }

    /** The largest value: {@code maxValue}, or PostgreSQL's default for the type and the increment's sign. */
    public long max() {
        return effectiveMax(dataType, increment, maxValue);
    }

    /** PostgreSQL's default start: the smallest value for an increasing sequence, the largest for a decreasing one. */
    public long defaultStart() {
        return increment > 0 ? min() : max();
    }

    /** This sequence with other options (data type, start, increment, bounds, cache, cycle) equal to {@code other}'s. */
    public boolean sameOptions(Sequence other) {
        return dataType.equals(other.dataType) && start == other.start && increment == other.increment
                && Objects.equals(minValue, other.minValue) && Objects.equals(maxValue, other.maxValue)
                && cache == other.cache && cycle == other.cycle;
    }

    private static long effectiveMin(String dataType, long increment, Long minValue) {
        if (minValue != null) {
            return minValue;
        }
        return increment > 0 ? 1 : typeMin(dataType);
    }

    private static long effectiveMax(String dataType, long increment, Long maxValue) {
        if (maxValue != null) {
            return maxValue;
        }
        return increment < 0 ? -1 : typeMax(dataType);
    }

    /** The smallest value of the data type. */
    public static long typeMin(String dataType) {
        return switch (dataType) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    /** The largest value of the data type. */
    public static long typeMax(String dataType) {
        return switch (dataType) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    /** A builder of a sequence called {@code name}: bigint, from 1 by 1, cache 1, no cycle, no owner. */
    public static Builder builder(QualifiedName name) {
        return new Builder(name);
    }

    /** A builder holding every part of this sequence, to change some of them. */
    public Builder toBuilder() {
        return new Builder(name).dataType(dataType).start(start).increment(increment).minValue(minValue)
                .maxValue(maxValue).cache(cache).cycle(cycle).ownedBy(ownedBy);
    }

    /**
     * Builds a {@link Sequence} part by part; {@link #build()} goes through the record's constructor and its checks.
     * Without {@link #start(long)}, the start is PostgreSQL's default for the other options.
     */
    public static final class Builder {
        private QualifiedName name;
        private String dataType = "bigint";
        private Long start;
        private long increment = 1;
        private Long minValue;
        private Long maxValue;
        private long cache = 1;
        private boolean cycle;
        private OwnedBy ownedBy;

        private Builder(QualifiedName name) {
            this.name = name;
        }

        public Builder name(QualifiedName name) {
            this.name = name;
            return this;
        }

        /** {@code smallint}, {@code integer} or {@code bigint}. */
        public Builder dataType(String dataType) {
            this.dataType = dataType;
            return this;
        }

        public Builder start(long start) {
            this.start = start;
            return this;
        }

        public Builder increment(long increment) {
            this.increment = increment;
            return this;
        }

        /** {@code MINVALUE}; null for the type's default ({@code NO MINVALUE}). */
        public Builder minValue(Long minValue) {
            this.minValue = minValue;
            return this;
        }

        /** {@code MAXVALUE}; null for the type's default ({@code NO MAXVALUE}). */
        public Builder maxValue(Long maxValue) {
            this.maxValue = maxValue;
            return this;
        }

        public Builder cache(long cache) {
            this.cache = cache;
            return this;
        }

        public Builder cycle(boolean cycle) {
            this.cycle = cycle;
            return this;
        }

        /** {@code OWNED BY}; null for none. */
        public Builder ownedBy(OwnedBy ownedBy) {
            this.ownedBy = ownedBy;
            return this;
        }

        /** {@code OWNED BY table.column}. */
        public Builder ownedBy(QualifiedName table, String column) {
            return ownedBy(new OwnedBy(table, column));
        }

        public Sequence build() {
            long first = start != null ? start
                    : increment > 0 ? effectiveMin(dataType, increment, minValue)
                    : effectiveMax(dataType, increment, maxValue);
            return new Sequence(name, dataType, first, increment, minValue, maxValue, cache, cycle, ownedBy);
        }
    }
}
