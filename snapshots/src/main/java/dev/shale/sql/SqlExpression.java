package dev.shale.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Checks that SQL text is one expression that Shale can write into a statement ({@code DEFAULT ...},
 * {@code CHECK (...)}, {@code GENERATED ALWAYS AS (...)}, an index key or {@code WHERE ...}) without it ending
 * that statement or swallowing what Shale writes after it: every string, quoted identifier, dollar quote and
 * comment closed, parentheses and brackets balanced, no {@code ;}, and no {@code --} comment (it would run on
 * over the closing parenthesis Shale writes after the expression; {@code /* ... * /} comments are fine).
 */
public final class SqlExpression {

    /** What is wrong with an expression (a phrase: "a ; at character 2 ...") and how to fix it. */
    public record Problem(String what, String fix) {
    }

    private SqlExpression() {
    }

    /** Why {@code text} is not one expression, or empty when it is. */
    public static Optional<Problem> problem(String text) {
        Iterable<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokens(text);
        } catch (SqlSyntaxException e) {
            return Optional.of(new Problem(e.getMessage(), fix(e)));
        }
        Deque<SqlToken> open = new ArrayDeque<>();
        boolean empty = true;
        for (SqlToken token : tokens) {
            empty &= token.isTrivia();
            if (token.kind() == SqlToken.Kind.LINE_COMMENT) {
                return problem("a -- comment at character " + position(token) + ", which would hide what Shale"
                        + " writes after the expression", "remove the comment, or write it as /* ... */");
            }
            if (token.is(';')) {
                return problem("a ; at character " + position(token) + ", which would end the statement Shale"
                        + " writes the expression into", "write one expression without ; (statements belong in a"
                        + " migration of their own: shale create NAME)");
            }
            if (token.is('(') || token.is('[')) {
                open.push(token);
            } else if (token.is(')') || token.is(']')) {
                char opening = token.is(')') ? '(' : '[';
                if (open.isEmpty() || !open.peek().is(opening)) {
                    return problem("a " + token.text() + " at character " + position(token) + " that closes no "
                            + opening, "balance the parentheses and brackets");
                }
                open.pop();
            }
        }
        if (empty) {
            return problem("no expression, only whitespace or comments", "write the SQL expression");
        }
        if (!open.isEmpty()) {
            return problem("a " + open.peek().text() + " at character " + position(open.peek())
                    + " that is never closed", "balance the parentheses and brackets");
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(String what, String fix) {
        return Optional.of(new Problem(what, fix));
    }

    private static int position(SqlToken token) {
        return token.start() + 1;
    }

    private static String fix(SqlSyntaxException e) {
        return switch (e.kind()) {
            case DOLLAR_STRING -> "end the dollar-quoted string with the same $tag$ that starts it";
            case QUOTED_IDENTIFIER -> "end the quoted identifier with \" (write a double quote inside it as \"\")";
            case BLOCK_COMMENT -> "end the comment with */";
            default -> "end the string with ' (write a quote inside it as '')";
        };
    }
}
