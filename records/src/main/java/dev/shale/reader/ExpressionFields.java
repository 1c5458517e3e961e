package dev.shale.reader;

import dev.shale.sql.SqlExpression;
import java.util.Optional;

/**
 * Checks the SQL-expression fields of the annotations ({@code @Default}, {@code @Generated}, {@code @Check},
 * {@code @Index(expressions, where)}): each must be one expression, as {@link SqlExpression} says, so that what
 * Shale writes around it stays one statement.
 */
final class ExpressionFields {

    private ExpressionFields() {
    }

    /** Whether {@code expression} is one expression; if not, reports it against the component (or the type). */
    static boolean check(Problems problems, Class<?> type, String component, String annotation, String expression) {
        Optional<SqlExpression.Problem> problem = SqlExpression.problem(expression);
        problem.ifPresent(p -> problems.add(type, component, "has " + annotation + " that is not one SQL expression: "
                + p.what(), p.fix()));
        return problem.isEmpty();
    }
}
