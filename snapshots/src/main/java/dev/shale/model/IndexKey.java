package dev.shale.model;

import java.util.Objects;

/** One key of an index: a column name, or a SQL expression when {@code expression} is true. */
public record IndexKey(String text, boolean expression) {

    public IndexKey {
        Objects.requireNonNull(text, "text");
    }

    /** A column key. */
    public static IndexKey column(String name) {
        return new IndexKey(name, false);
    }

    /** An expression key, such as {@code lower(email)}. */
    public static IndexKey expression(String sql) {
        return new IndexKey(sql, true);
    }

    /** The key as SQL: a quoted column name, or the expression in parentheses. */
    public String sql() {
        return expression ? "(" + text + ")" : Identifiers.quote(text);
    }
}
