package dev.shale.sql;

import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sequences an expression takes values from: the literal argument of each {@code nextval},
 * {@code currval} or {@code setval} call ({@code nextval('orders_id_seq'::regclass)}), read as {@code regclass}
 * reads it, an unqualified name in {@code public} (the schema of Shale's pinned {@code search_path}).
 */
public final class SequenceCalls {

    private static final List<String> FUNCTIONS = List.of("nextval", "currval", "setval");

    private SequenceCalls() {
    }

    /** The sequences {@code expression} names, in order of appearance; none for {@code null}. */
    public static List<QualifiedName> in(String expression) {
        if (expression == null || !expression.toLowerCase(Locale.ROOT).contains("val")) {
            return List.of();
        }
        List<SqlToken> tokens = SqlLexer.lenient(expression).stream().filter(t -> !t.isTrivia()).toList();
        List<QualifiedName> out = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            SqlToken word = tokens.get(i);
            if (word.kind() == SqlToken.Kind.WORD && FUNCTIONS.contains(word.text().toLowerCase(Locale.ROOT))
                    && tokens.get(i + 1).is('(') && tokens.get(i + 2).kind() == SqlToken.Kind.STRING
                    && tokens.get(i + 2).text().startsWith("'")) {
                QualifiedName name = name(literal(tokens.get(i + 2).text()));
                if (name != null && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static String literal(String token) {
        String body = token.substring(1, token.length() - (token.endsWith("'") && token.length() > 1 ? 1 : 0));
        return body.replace("''", "'");
    }

    /** {@code a.b}, {@code "A".b} or {@code b} as {@code regclass} input reads it; {@code null} if malformed. */
    static QualifiedName name(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    part.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == '.') {
                parts.add(wasQuoted ? part.toString() : part.toString().strip().toLowerCase(Locale.ROOT));
                part.setLength(0);
                wasQuoted = false;
            } else {
                part.append(c);
            }
        }
        parts.add(wasQuoted ? part.toString() : part.toString().strip().toLowerCase(Locale.ROOT));
        if (quoted || parts.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        return switch (parts.size()) {
            case 1 -> new QualifiedName("public", parts.get(0));
            case 2 -> new QualifiedName(parts.get(0), parts.get(1));
            default -> null;
        };
    }
}
