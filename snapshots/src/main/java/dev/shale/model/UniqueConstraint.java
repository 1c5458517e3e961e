package dev.shale.model;

import java.util.List;
import java.util.Objects;

/** A unique constraint: its name, columns in order and deferrability. */
public record UniqueConstraint(String name, List<String> columns, Deferrability deferrability) {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(deferrability, "deferrability");
    }

    /** A unique constraint checked after each statement (not deferrable), PostgreSQL's default. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, Deferrability.NOT_DEFERRABLE);
    }

    /** This constraint with another deferrability, everything else the same. */
    public UniqueConstraint withDeferrability(Deferrability newDeferrability) {
        return new UniqueConstraint(name, columns, newDeferrability);
    }
}
