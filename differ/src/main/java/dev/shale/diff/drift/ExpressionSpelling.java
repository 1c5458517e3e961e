package dev.shale.diff.drift;

import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a boolean SQL expression to the parenthesisation PostgreSQL's pretty printer uses, so that a
 * snapshot's spelling and the catalog's spelling of one expression compare equal: parentheses around the
 * whole expression go, and so do parentheses around an operand of {@code AND} or {@code OR} that binds
 * tighter than its parent or is of the same kind ({@code (a >= 1) AND (a <= 5)} is {@code a >= 1 AND a <= 5};
 * {@code (a AND b) OR c} is {@code a AND b OR c}; {@code (a OR b) OR c} is {@code a OR b OR c}), except a
 * {@code BETWEEN}, kept in parentheses within {@code AND}; {@code AND} and {@code OR} are written in capitals
 * with one space around.
 * Nothing else changes: since {@code AND} and {@code OR} have the lowest precedence of SQL's operators,
 * dropping such parentheses never changes how PostgreSQL parses the expression.
 *
 * <p>Drift no longer needs this for snapshots {@code generate} writes now: they keep PostgreSQL's own spelling of
 * each expression ({@link dev.shale.model.PostgresSpellings}). It serves {@link SpellingAlignment}'s heuristic
 * fallback, for snapshots written before, and the introspector's unwrapping of the catalog's outer parentheses.
 */
public final class ExpressionSpelling {

    private ExpressionSpelling() {
    }

    /** The expression with redundant parentheses dropped; {@code null} stays {@code null}. */
    public static String canonical(String expression) {
        if (expression == null) {
            return null;
        }
        String text = unwrap(expression);
        for (String keyword : List.of("OR", "AND")) {
            List<String> operands = splitTop(text, keyword);
            boolean between = keyword.equals("AND") && splitTop(text, "BETWEEN").size() > 1;
            if (operands.size() > 1 && !between) {
                List<String> out = new ArrayList<>();
                for (String operand : operands) {
                    out.add(operand(operand, keyword));
                }
                return String.join(" " + keyword + " ", out);
            }
        }
        return text;
    }

    private static String operand(String operand, String parent) {
        String text = canonical(operand);
        boolean needsParentheses = parent.equals("AND")
                && (splitTop(text, "OR").size() > 1 || splitTop(text, "BETWEEN").size() > 1);
        return needsParentheses ? "(" + text + ")" : text;
    }

    /** Drops parentheses that enclose the whole expression. */
    public static String unwrap(String expression) {
        String out = expression.strip();
        while (out.startsWith("(") && closing(out, 0) == out.length() - 1) {
            out = out.substring(1, out.length() - 1).strip();
        }
        return out;
    }

    /**
     * The index of the parenthesis closing the one at {@code open}, read with {@link SqlLexer} (so parentheses in
     * strings, quoted identifiers, dollar quotes and comments do not count); -1 if none.
     */
    public static int closing(String text, int open) {
        int depth = 0;
        for (SqlToken token : SqlLexer.lenient(text.substring(open))) {
            if (token.is('(')) {
                depth++;
            } else if (token.is(')') && --depth == 0) {
                return open + token.start();
            }
        }
        return -1;
    }

    /**
     * The operands of {@code keyword} (AND or OR, any case) at the top level of {@code text}: outside
     * strings, quoted identifiers, comments, parentheses, brackets and CASE ... END. One element when the keyword is
     * not there.
     */
    static List<String> splitTop(String text, String keyword) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (SqlToken token : SqlLexer.lenient(text)) {
            if (token.is('(') || token.is('[') || token.isWord("CASE")) {
                depth++;
            } else if (token.is(')') || token.is(']') || token.isWord("END")) {
                depth--;
            } else if (depth == 0 && token.isWord(keyword)) {
                parts.add(text.substring(start, token.start()).strip());
                start = token.end();
            }
        }
        parts.add(text.substring(start).strip());
        return parts.stream().anyMatch(String::isEmpty) ? List.of(text) : parts;
    }
}
