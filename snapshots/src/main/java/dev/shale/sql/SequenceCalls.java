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

    /**
     * {@code expression} with each {@code nextval}/{@code currval}/{@code setval} literal that names a key of
     * {@code moved} naming its value instead, spelled as PostgreSQL prints a {@code regclass} under Shale's pinned
     * {@code search_path}: {@code 'billing.orders_id_seq'}, unqualified in {@code public}. What a sequence moved with
     * its table ({@code ALTER TABLE ... SET SCHEMA}) reads as afterwards. {@code null} stays {@code null}.
     */
    public static String retarget(String expression, java.util.Map<QualifiedName, QualifiedName> moved) {
        if (expression == null || moved.isEmpty() || in(expression).stream().noneMatch(moved::containsKey)) {
            return expression;
        }
        List<SqlToken> tokens = SqlLexer.lenient(expression);
        StringBuilder out = new StringBuilder();
        List<Integer> meaningful = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isTrivia()) {
                meaningful.add(i);
            }
        }
        java.util.Set<Integer> replaced = new java.util.HashSet<>();
        java.util.Map<Integer, String> replacement = new java.util.HashMap<>();
        for (int m = 0; m + 2 < meaningful.size(); m++) {
            SqlToken word = tokens.get(meaningful.get(m));
            SqlToken literal = tokens.get(meaningful.get(m + 2));
            if (word.kind() == SqlToken.Kind.WORD && FUNCTIONS.contains(word.text().toLowerCase(Locale.ROOT))
                    && tokens.get(meaningful.get(m + 1)).is('(') && literal.kind() == SqlToken.Kind.STRING
                    && literal.text().startsWith("'") && literal.complete()) {
                QualifiedName name = name(literal(literal.text()));
                QualifiedName target = name == null ? null : moved.get(name);
                if (target != null) {
                    replaced.add(meaningful.get(m + 2));
                    replacement.put(meaningful.get(m + 2), "'" + regclass(target).replace("'", "''") + "'");
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            out.append(replaced.contains(i) ? replacement.get(i) : tokens.get(i).text());
        }
        return out.toString();
    }

    /** A relation's name as {@code regclass} output prints it: quoted where needed, qualified outside public. */
    private static String regclass(QualifiedName name) {
        String relation = dev.shale.model.Identifiers.quote(name.name());
        return name.schema().equals("public") ? relation : dev.shale.model.Identifiers.quote(name.schema()) + "." + relation;
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
