package dev.shale.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One element of an exclusion constraint: an index key (a column or an expression, with its collation, operator
 * class, order and nulls placement) and the operator two rows' values must not both satisfy, such as {@code =} or
 * {@code &&}; an operator outside {@code pg_catalog} is spelled {@code OPERATOR(schema.op)}.
 */
public record ExclusionElement(IndexKey key, String operator) {

    private static final Pattern OPERATOR = Pattern.compile(
            "[+\\-*/<>=~!@#%^&|`?]+|OPERATOR\\([a-z_][a-z0-9_]*\\.[+\\-*/<>=~!@#%^&|`?]+\\)");

    public ExclusionElement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operator, "operator");
        if (!OPERATOR.matcher(operator).matches()) {
            throw new IllegalArgumentException("exclusion element " + key.text() + ": \"" + operator
                    + "\" is not an operator such as = or && (or OPERATOR(schema.op))");
        }
    }

    /** A plain column compared with {@code operator}. */
    public static ExclusionElement column(String column, String operator) {
        return new ExclusionElement(IndexKey.column(column), operator);
    }

    /** An expression, such as {@code tsrange(starts, ends)}, compared with {@code operator}. */
    public static ExclusionElement expression(String sql, String operator) {
        return new ExclusionElement(IndexKey.expression(sql), operator);
    }

    /** This element on another key (a renamed column, a respelled expression), its operator kept. */
    public ExclusionElement withKey(IndexKey newKey) {
        return new ExclusionElement(newKey, operator);
    }

    /** The element as written in {@code EXCLUDE (...)}: the key's definition, {@code WITH}, the operator. */
    public String definition() {
        return key.definition() + " WITH " + operator;
    }
}
