package dev.shale.model;

import java.util.List;
import java.util.Objects;

/**
 * A primary key constraint: its name, columns in key order, deferrability and the options of its index
 * ({@code INCLUDE}, storage parameters; never NULLS NOT DISTINCT, as key columns are NOT NULL).
 */
public record PrimaryKey(String name, List<String> columns, Deferrability deferrability, KeyOptions options) {

    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(deferrability, "deferrability");
        Objects.requireNonNull(options, "options");
        if (options.nullsNotDistinct()) {
            throw new IllegalArgumentException("primary key " + name
                    + ": NULLS NOT DISTINCT applies to unique constraints, not to a primary key (its columns are NOT NULL)");
        }
        options.check("primary key " + name, columns);
    }

    /** A primary key with its index's default options. */
    public PrimaryKey(String name, List<String> columns, Deferrability deferrability) {
        this(name, columns, deferrability, KeyOptions.NONE);
    }

    /** A primary key checked after each statement (not deferrable), PostgreSQL's default. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, Deferrability.NOT_DEFERRABLE);
    }

    /** This key with another deferrability, everything else the same. */
    public PrimaryKey withDeferrability(Deferrability newDeferrability) {
        return new PrimaryKey(name, columns, newDeferrability, options);
    }

    /** This key with other index options, everything else the same. */
    public PrimaryKey withOptions(KeyOptions newOptions) {
        return new PrimaryKey(name, columns, deferrability, newOptions);
    }
}
