package dev.shale.model;

import java.util.List;
import java.util.Objects;

/** A primary key constraint: its name, columns in key order and deferrability. */
public record PrimaryKey(String name, List<String> columns, Deferrability deferrability) {

    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(deferrability, "deferrability");
    }

    /** A primary key checked after each statement (not deferrable), PostgreSQL's default. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, Deferrability.NOT_DEFERRABLE);
    }

    /** This key with another deferrability, everything else the same. */
    public PrimaryKey withDeferrability(Deferrability newDeferrability) {
        return new PrimaryKey(name, columns, newDeferrability);
    }
}
