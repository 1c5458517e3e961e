package dev.shale.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An index: keys in order, uniqueness, access method and, for a partial index, its predicate
 * ({@code null} when absent); the non-key columns it carries ({@code INCLUDE}), whether a unique index treats
 * nulls as equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15 and later) and its storage parameters
 * ({@code WITH (fillfactor = 70)}: names in lower case, sorted, to their value's text).
 */
public record Index(String name, List<IndexKey> keys, boolean unique, IndexMethod method, String where,
                    List<String> include, boolean nullsNotDistinct, SortedMap<String, String> storage) {

    private static final Pattern PARAMETER = Pattern.compile("[a-z_][a-z0-9_]*");

    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        Objects.requireNonNull(method, "method");
        include = List.copyOf(include);
        storage = Collections.unmodifiableSortedMap(new TreeMap<>(storage));
        if (!include.isEmpty() && method != IndexMethod.BTREE && method != IndexMethod.GIST) {
            throw new IllegalArgumentException("index " + name + ": INCLUDE columns need a btree or gist index,"
                    + " not " + method.sql());
        }
        if (nullsNotDistinct && !unique) {
            throw new IllegalArgumentException("index " + name + ": NULLS NOT DISTINCT applies to a unique index only");
        }
        for (Map.Entry<String, String> parameter : storage.entrySet()) {
            if (!PARAMETER.matcher(parameter.getKey()).matches()) {
                throw new IllegalArgumentException("index " + name + ": storage parameter \"" + parameter.getKey()
                        + "\" is not a lower-case name such as fillfactor");
            }
            if (parameter.getValue() == null || parameter.getValue().isEmpty()) {
                throw new IllegalArgumentException("index " + name + ": storage parameter " + parameter.getKey()
                        + " has no value");
            }
        }
    }

    /** An index with no INCLUDE columns, nulls distinct and no storage parameters. */
    public Index(String name, List<IndexKey> keys, boolean unique, IndexMethod method, String where) {
        this(name, keys, unique, method, where, List.of(), false, new TreeMap<>());
    }

    /** Whether the index has none of the options beyond keys, uniqueness, method and predicate. */
    public boolean plainOptions() {
        return include.isEmpty() && !nullsNotDistinct && storage.isEmpty();
    }

    /** A builder of an index called {@code name}: no keys yet, not unique, btree, not partial. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding every part of this index, to change some of them. */
    public Builder toBuilder() {
        return new Builder(name).keys(keys).unique(unique).method(method).where(where).include(include)
                .nullsNotDistinct(nullsNotDistinct).storage(storage);
    }

    /**
     * Builds an {@link Index} part by part: a plural method replaces the keys, a singular one adds one.
     * {@link #build()} goes through the record's constructor.
     */
    public static final class Builder {
        private String name;
        private final List<IndexKey> keys = new java.util.ArrayList<>();
        private boolean unique;
        private IndexMethod method = IndexMethod.BTREE;
        private String where;
        private final List<String> include = new java.util.ArrayList<>();
        private boolean nullsNotDistinct;
        private final SortedMap<String, String> storage = new TreeMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder keys(List<IndexKey> keys) {
            this.keys.clear();
            this.keys.addAll(keys);
            return this;
        }

        public Builder keys(IndexKey... keys) {
            return keys(List.of(keys));
        }

        /** Replaces the keys by these columns, in order. */
        public Builder columns(String... columns) {
            return keys(java.util.Arrays.stream(columns).map(IndexKey::column).toList());
        }

        public Builder key(IndexKey key) {
            keys.add(key);
            return this;
        }

        /** Adds a column key. */
        public Builder column(String column) {
            return key(IndexKey.column(column));
        }

        /** Adds an expression key, such as {@code lower(email)}. */
        public Builder expression(String sql) {
            return key(IndexKey.expression(sql));
        }

        public Builder unique(boolean unique) {
            this.unique = unique;
            return this;
        }

        /** Same as {@code unique(true)}. */
        public Builder unique() {
            return unique(true);
        }

        public Builder method(IndexMethod method) {
            this.method = method;
            return this;
        }

        /** The predicate of a partial index; {@code null} for none. */
        public Builder where(String where) {
            this.where = where;
            return this;
        }

        /** Replaces the INCLUDE (non-key) columns. */
        public Builder include(List<String> columns) {
            include.clear();
            include.addAll(columns);
            return this;
        }

        /** Replaces the INCLUDE (non-key) columns. */
        public Builder include(String... columns) {
            return include(List.of(columns));
        }

        /** {@code NULLS NOT DISTINCT} on a unique index (PostgreSQL 15 and later). */
        public Builder nullsNotDistinct(boolean nullsNotDistinct) {
            this.nullsNotDistinct = nullsNotDistinct;
            return this;
        }

        /** Replaces the storage parameters. */
        public Builder storage(Map<String, String> parameters) {
            storage.clear();
            storage.putAll(parameters);
            return this;
        }

        /** Adds the storage parameter {@code name = value}, such as {@code fillfactor = 70}. */
        public Builder storage(String name, String value) {
            storage.put(name, value);
            return this;
        }

        public Index build() {
            return new Index(name, keys, unique, method, where, include, nullsNotDistinct, storage);
        }
    }
}
