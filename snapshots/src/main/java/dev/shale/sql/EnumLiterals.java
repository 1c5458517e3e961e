package dev.shale.sql;

import dev.shale.model.Identifiers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an enum column's default as the label it names: {@code 'active'}, {@code 'active'::public.mood}, or the
 * escaped form {@link Identifiers#literal} writes for a label with a backslash ({@code E'a\\b'}). PostgreSQL
 * stores such a default as the label's OID, so it follows the label when the label is renamed.
 */
public final class EnumLiterals {

    private static final Pattern PLAIN = Pattern.compile("'((?:[^']|'')*)'(\\s*::.*)?", Pattern.DOTALL);
    /** Only the escapes {@link Identifiers#literal} writes: a doubled quote, and a backslash before one of them. */
    private static final Pattern ESCAPED = Pattern.compile("[Ee]'((?:[^'\\\\]|''|\\\\['\\\\])*)'(\\s*::.*)?",
            Pattern.DOTALL);

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

    private static Labelled read(String defaultExpression) {
        if (defaultExpression == null) {
            return null;
        }
        String text = defaultExpression.strip();
        Matcher plain = PLAIN.matcher(text);
        if (plain.matches()) {
            return new Labelled(plain.group(1).replace("''", "'"), rest(plain));
        }
        Matcher escaped = ESCAPED.matcher(text);
        if (escaped.matches()) {
            return new Labelled(unescape(escaped.group(1)), rest(escaped));
        }
        return null;
    }

    private static String rest(Matcher matcher) {
        return matcher.group(2) == null ? "" : matcher.group(2);
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
