package dev.shale.model;

import java.util.List;
import java.util.Objects;

/**
 * An index: keys in order, uniqueness, access method and, for a partial index, its predicate
 * ({@code null} when absent).
 */
public record Index(String name, List<IndexKey> keys, boolean unique, IndexMethod method, String where) {

    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        Objects.requireNonNull(method, "method");
    }

    /** A builder of an index called {@code name}: no keys yet, not unique, btree, not partial. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding every part of this index, to change some of them. */
    public Builder toBuilder() {
        return new Builder(name).keys(keys).unique(unique).method(method).where(where);
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

        public Index build() {
            return new Index(name, keys, unique, method, where);
        }
    }
}
