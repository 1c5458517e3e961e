package dev.shale.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An exclusion constraint ({@code EXCLUDE USING gist (room_id WITH =, during WITH &&)}): no two rows may satisfy
 * every element's operator at once. Its index method, elements in order, the non-key columns its index carries
 * ({@code INCLUDE}), the index's storage parameters (names in lower case, sorted, to their value's text), the
 * predicate limiting it to some rows ({@code null} for all) and its deferrability.
 */
public record ExclusionConstraint(String name, IndexMethod method, List<ExclusionElement> elements,
                                  List<String> include, SortedMap<String, String> storage, String where,
                                  Deferrability deferrability) {

    private static final Pattern PARAMETER = Pattern.compile("[a-z_][a-z0-9_]*");

    public ExclusionConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        elements = List.copyOf(elements);
        include = List.copyOf(include);
        storage = Collections.unmodifiableSortedMap(new TreeMap<>(storage));
        Objects.requireNonNull(deferrability, "deferrability");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("exclusion constraint " + name + " has no elements");
        }
        if (method == IndexMethod.GIN || method == IndexMethod.BRIN) {
            throw new IllegalArgumentException("exclusion constraint " + name + ": the " + method.sql()
                    + " index method cannot back an exclusion constraint; use gist, spgist, btree or hash");
        }
        if (!include.isEmpty() && method != IndexMethod.BTREE && method != IndexMethod.GIST) {
            throw new IllegalArgumentException("exclusion constraint " + name
                    + ": INCLUDE columns need a btree or gist index, not " + method.sql());
        }
        for (Map.Entry<String, String> parameter : storage.entrySet()) {
            if (!PARAMETER.matcher(parameter.getKey()).matches()) {
                throw new IllegalArgumentException("exclusion constraint " + name + ": storage parameter \""
                        + parameter.getKey() + "\" is not a lower-case name such as fillfactor");
            }
            if (parameter.getValue() == null || parameter.getValue().isEmpty()) {
                throw new IllegalArgumentException("exclusion constraint " + name + ": storage parameter "
                        + parameter.getKey() + " has no value");
            }
        }
    }

    /** The keys of the elements, in order. */
    public List<IndexKey> keys() {
        return elements.stream().map(ExclusionElement::key).toList();
    }

    /** This constraint under another name, everything else the same. */
    public ExclusionConstraint withName(String newName) {
        return toBuilder().name(newName).build();
    }

    /** A builder of an exclusion constraint called {@code name}: gist, no elements yet, not deferrable. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding every part of this constraint, to change some of them. */
    public Builder toBuilder() {
        return new Builder(name).method(method).elements(elements).include(include).storage(storage).where(where)
                .deferrability(deferrability);
    }

    /** Builds an {@link ExclusionConstraint}: a plural method replaces a list, a singular one adds to it. */
    public static final class Builder {
        private String name;
        private IndexMethod method = IndexMethod.GIST;
        private final List<ExclusionElement> elements = new ArrayList<>();
        private final List<String> include = new ArrayList<>();
        private final SortedMap<String, String> storage = new TreeMap<>();
        private String where;
        private Deferrability deferrability = Deferrability.NOT_DEFERRABLE;

        private Builder(String name) {
            this.name = name;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder method(IndexMethod method) {
            this.method = method;
            return this;
        }

        public Builder elements(List<ExclusionElement> elements) {
            this.elements.clear();
            this.elements.addAll(elements);
            return this;
        }

        public Builder element(ExclusionElement element) {
            elements.add(element);
            return this;
        }

        /** Adds a plain column compared with {@code operator}. */
        public Builder element(String column, String operator) {
            return element(ExclusionElement.column(column, operator));
        }

        public Builder include(List<String> columns) {
            include.clear();
            include.addAll(columns);
            return this;
        }

        public Builder include(String... columns) {
            return include(List.of(columns));
        }

        public Builder storage(Map<String, String> parameters) {
            storage.clear();
            storage.putAll(parameters);
            return this;
        }

        public Builder storage(String name, String value) {
            storage.put(name, value);
            return this;
        }

        /** The predicate; {@code null} for every row. */
        public Builder where(String where) {
            this.where = where;
            return this;
        }

        public Builder deferrability(Deferrability deferrability) {
            this.deferrability = deferrability;
            return this;
        }

        public ExclusionConstraint build() {
            return new ExclusionConstraint(name, method, elements, include, storage, where, deferrability);
        }
    }
}
