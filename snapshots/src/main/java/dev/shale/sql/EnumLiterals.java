package dev.shale.sql;

import dev.shale.model.Identifiers;
import java.util.List;

/**
 * Reads an enum column's default as the label it names: {@code 'active'}, {@code 'active'::public.mood}, or the
 * escaped form {@link Identifiers#literal} writes for a label with a backslash ({@code E'a\\b'}). PostgreSQL
 * stores such a default as the label's OID, so it follows the label when the label is renamed.
 */
public final class EnumLiterals {

    /** A default read as one label and what follows it (a cast, or {@code ""}). */
    private record Labelled(String label, String rest) {
    }

    private EnumLiterals() {
    }

    /** The label a default names, or {@code null} when the default is not a single label. */
    public static String label(String defaultExpression) {
        Labelled read = read(defaultExpression);
        return read == null ? null : read.label();
    }

    /** The default naming {@code to} instead of {@code from}, written the same way; other defaults as they are. */
    public static String relabel(String defaultExpression, String from, String to) {
        Labelled read = read(defaultExpression);
        if (read == null || !from.equals(read.label())) {
            return defaultExpression;
        }
        return Identifiers.literal(to) + read.rest();
    }

    /**
     * The default read with {@link SqlLexer}: its first token a {@code '...'} or {@code E'...'} string, followed by
     * nothing or by a cast ({@code ::...}); an escape string holding only the escapes {@link Identifiers#literal}
     * writes (a doubled quote, a backslash before a quote or a backslash).
     */
    private static Labelled read(String defaultExpression) {
        if (defaultExpression == null) {
            return null;
        }
        String text = defaultExpression.strip();
        List<SqlToken> tokens = SqlLexer.lenient(text);
        if (tokens.isEmpty() || tokens.get(0).kind() != SqlToken.Kind.STRING || !tokens.get(0).complete()) {
            return null;
        }
        SqlToken literal = tokens.get(0);
        String rest = text.substring(literal.end());
        if (!rest.isEmpty() && !rest.stripLeading().startsWith("::")) {
            return null;
        }
        String quoted = literal.text();
        if (quoted.startsWith("'")) {
            return new Labelled(quoted.substring(1, quoted.length() - 1).replace("''", "'"), rest);
        }
        if (!(quoted.startsWith("E'") || quoted.startsWith("e'"))) {
            return null;
        }
        String body = quoted.substring(2, quoted.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\\' && body.charAt(++i) != '\'' && body.charAt(i) != '\\') {
                return null;
            }
        }
        return new Labelled(unescape(body), rest);
    }

    /** The text of an {@code E'...'} body holding only {@code ''}, {@code \'} and {@code \\} escapes. */
    private static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            out.append(c == '\\' || c == '\'' ? body.charAt(++i) : c);
        }
        return out.toString();
    }
}
