package dev.shale.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The options of the index behind a primary key or unique constraint: the non-key columns it carries
 * ({@code INCLUDE (b)}), whether nulls are equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15 and later, unique
 * constraints only) and its storage parameters ({@code WITH (fillfactor = 70)}: names in lower case, sorted, to
 * their value's text). {@link #NONE} is PostgreSQL's default.
 */
public record KeyOptions(List<String> include, boolean nullsNotDistinct, SortedMap<String, String> storage) {

    /** No INCLUDE columns, nulls distinct, no storage parameters. */
    public static final KeyOptions NONE = new KeyOptions(List.of(), false, new TreeMap<>());

    private static final Pattern PARAMETER = Pattern.compile("[a-z_][a-z0-9_]*");

    public KeyOptions {
        include = List.copyOf(include);
        storage = Collections.unmodifiableSortedMap(new TreeMap<>(storage));
        for (Map.Entry<String, String> parameter : storage.entrySet()) {
            if (!PARAMETER.matcher(parameter.getKey()).matches()) {
                throw new IllegalArgumentException("storage parameter \"" + parameter.getKey()
                        + "\" is not a lower-case name such as fillfactor");
            }
            if (parameter.getValue() == null || parameter.getValue().isEmpty()) {
                throw new IllegalArgumentException("storage parameter " + parameter.getKey() + " has no value");
            }
        }
    }

    /** Whether these are PostgreSQL's defaults: nothing to write. */
    public boolean isNone() {
        return include.isEmpty() && !nullsNotDistinct && storage.isEmpty();
    }

    /** These options with the INCLUDE columns {@code columns}. */
    public KeyOptions withInclude(List<String> columns) {
        return new KeyOptions(columns, nullsNotDistinct, storage);
    }

    /** These options with {@code NULLS NOT DISTINCT} set ({@code true}) or not. */
    public KeyOptions withNullsNotDistinct(boolean value) {
        return new KeyOptions(include, value, storage);
    }

    /** These options with the storage parameters {@code parameters}. */
    public KeyOptions withStorage(Map<String, String> parameters) {
        return new KeyOptions(include, nullsNotDistinct, new TreeMap<>(parameters));
    }

    /** These options with the storage parameter {@code name = value} added. */
    public KeyOptions withStorage(String name, String value) {
        SortedMap<String, String> parameters = new TreeMap<>(storage);
        parameters.put(name, value);
        return new KeyOptions(include, nullsNotDistinct, parameters);
    }

    /** These options with the INCLUDE columns renamed by {@code names} (a list in, the same list renamed out). */
    public KeyOptions renamed(UnaryOperator<List<String>> names) {
        return include.isEmpty() ? this : withInclude(names.apply(include));
    }

    /** Checks these options on the key {@code what} ({@code primary key users_pkey}) over {@code columns}. */
    void check(String what, List<String> columns) {
        for (String column : include) {
            if (columns.contains(column)) {
                throw new IllegalArgumentException(what + ": column " + column
                        + " is both a key column and an INCLUDE column");
            }
        }
        if (include.size() != new java.util.HashSet<>(include).size()) {
            throw new IllegalArgumentException(what + ": an INCLUDE column is named twice in " + include);
        }
    }
}
