package dev.shale.model;

import java.util.Objects;

/** A CHECK constraint: its name and boolean SQL expression. */
public record CheckConstraint(String name, String expression) {

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
