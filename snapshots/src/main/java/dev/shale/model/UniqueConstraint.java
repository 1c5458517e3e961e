package dev.shale.model;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint: its name, columns in order, deferrability and the options of its index ({@code INCLUDE},
 * {@code NULLS NOT DISTINCT}, storage parameters).
 */
public record UniqueConstraint(String name, List<String> columns, Deferrability deferrability, KeyOptions options) {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(deferrability, "deferrability");
        Objects.requireNonNull(options, "options");
        options.check("unique constraint " + name, columns);
    }

    /** A unique constraint with its index's default options. */
    public UniqueConstraint(String name, List<String> columns, Deferrability deferrability) {
        this(name, columns, deferrability, KeyOptions.NONE);
    }

    /** A unique constraint checked after each statement (not deferrable), PostgreSQL's default. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, Deferrability.NOT_DEFERRABLE);
    }

    /** This constraint with another deferrability, everything else the same. */
    public UniqueConstraint withDeferrability(Deferrability newDeferrability) {
        return new UniqueConstraint(name, columns, newDeferrability, options);
    }

    /** This constraint with other index options, everything else the same. */
    public UniqueConstraint withOptions(KeyOptions newOptions) {
        return new UniqueConstraint(name, columns, deferrability, newOptions);
    }
}
