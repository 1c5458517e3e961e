package dev.shale.diff;

import dev.shale.model.Identifiers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an enum column's default as the label it names: {@code 'active'} or {@code 'active'::public.mood}.
 * PostgreSQL stores such a default as the label's OID, so it follows the label when the label is renamed.
 */
final class EnumLiterals {

    private static final Pattern LABEL = Pattern.compile("'((?:[^']|'')*)'(\\s*::.*)?", Pattern.DOTALL);

    private EnumLiterals() {
    }

    /** The label a default names, or {@code null} when the default is not a single label. */
    static String label(String defaultExpression) {
        if (defaultExpression == null) {
            return null;
        }
        Matcher matcher = LABEL.matcher(defaultExpression.strip());
        return matcher.matches() ? matcher.group(1).replace("''", "'") : null;
    }

    /** The default naming {@code to} instead of {@code from}, written the same way; other defaults as they are. */
    static String relabel(String defaultExpression, String from, String to) {
        if (!from.equals(label(defaultExpression))) {
            return defaultExpression;
        }
        Matcher matcher = LABEL.matcher(defaultExpression.strip());
        matcher.matches();
        return Identifiers.literal(to) + (matcher.group(2) == null ? "" : matcher.group(2));
    }
}
