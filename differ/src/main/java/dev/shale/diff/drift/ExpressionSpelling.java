package dev.shale.diff.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    public static int closing(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The operands of {@code keyword} (AND or OR, any case) at the top level of {@code text}: outside
     * quotes, parentheses, brackets and CASE ... END. One element when the keyword is not there.
     */
    static List<String> splitTop(String text, String keyword) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (Character.isLetter(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && isWordChar(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end).toUpperCase(Locale.ROOT);
                if (word.equals("CASE")) {
                    depth++;
                } else if (word.equals("END")) {
                    depth--;
                } else if (depth == 0 && word.equals(keyword)) {
                    parts.add(text.substring(start, i).strip());
                    start = end;
                }
                i = end - 1;
            }
        }
        parts.add(text.substring(start).strip());
        return parts.stream().anyMatch(String::isEmpty) ? List.of(text) : parts;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
