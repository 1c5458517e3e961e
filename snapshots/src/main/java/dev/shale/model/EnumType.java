package dev.shale.model;

import java.util.List;
import java.util.Objects;

/** A PostgreSQL enum type: its labels in declared (sort) order and an optional comment. */
public record EnumType(QualifiedName name, List<String> values, String comment) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /** An enum type without a comment. */
    public EnumType(QualifiedName name, List<String> values) {
        this(name, values, null);
    }
}
