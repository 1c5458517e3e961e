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
}
