package dev.shale.reader;

import dev.shale.model.Identifiers;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * One bound a Bean Validation constraint puts on a number ({@code >= 1} for {@code @Min(1)}), and
 * the one CHECK expression all bounds of a column combine into.
 */
record RangeBound(String operator, BigDecimal value) {

    /** Lower bounds first, then upper bounds; each side by value, then operator. */
    private static final Comparator<RangeBound> ORDER = Comparator.comparing((RangeBound b) -> !b.lower())
            .thenComparing(RangeBound::value)
            .thenComparing(RangeBound::operator);

    RangeBound {
        value = value.stripTrailingZeros();
    }

    /** A lower bound: {@code >} when exclusive, {@code >=} when inclusive. */
    static RangeBound atLeast(BigDecimal value, boolean inclusive) {
        return new RangeBound(inclusive ? ">=" : ">", value);
    }

    /** An upper bound: {@code <} when exclusive, {@code <=} when inclusive. */
    static RangeBound atMost(BigDecimal value, boolean inclusive) {
        return new RangeBound(inclusive ? "<=" : "<", value);
    }

    /** Whether this bound is from below. */
    boolean lower() {
        return operator.startsWith(">");
    }

    /**
     * {@code priority >= 1}: the comparison as PostgreSQL prints it back (pretty, without parentheses),
     * the column quoted only if it must be, so the model and an introspected database agree.
     */
    String sql(String column) {
        return Identifiers.quote(column) + " " + operator + " " + value.toPlainString();
    }

    /**
     * The check expression of all bounds on {@code column}, without duplicates and in a fixed order
     * whatever the order of the annotations: {@code priority >= 1 AND priority <= 5}.
     */
    static String expression(String column, Collection<RangeBound> bounds) {
        return bounds.stream().distinct().sorted(ORDER).map(b -> b.sql(column)).collect(Collectors.joining(" AND "));
    }
}
