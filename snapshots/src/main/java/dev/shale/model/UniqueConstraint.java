package dev.shale.model;

import java.util.List;
import java.util.Objects;

/** A unique constraint: its name and columns in order. */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
