package dev.shale.model;

import java.util.Objects;

/**
 * A CHECK constraint: its name and boolean SQL expression; {@code notValid} when existing rows are not checked
 * (PostgreSQL's {@code NOT VALID}: only rows inserted or updated later must pass), {@code noInherit} when child
 * tables do not inherit it ({@code NO INHERIT}).
 */
public record CheckConstraint(String name, String expression, boolean notValid, boolean noInherit) {

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }

    /** A validated, inherited check, PostgreSQL's default. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, false, false);
    }

    /** This check under another name, everything else the same. */
    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression, notValid, noInherit);
    }

    /** This check with another expression, everything else the same. */
    public CheckConstraint withExpression(String newExpression) {
        return new CheckConstraint(name, newExpression, notValid, noInherit);
    }

    /** This check marked valid or not valid, everything else the same. */
    public CheckConstraint withNotValid(boolean newNotValid) {
        return new CheckConstraint(name, expression, newNotValid, noInherit);
    }

    /** This check inherited or not, everything else the same. */
    public CheckConstraint withNoInherit(boolean newNoInherit) {
        return new CheckConstraint(name, expression, notValid, newNoInherit);
    }
}
