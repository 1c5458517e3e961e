package dev.shale.model;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/** PostgreSQL identifier rules: quoting, the 63-byte limit, snake_case naming. */
public final class Identifiers {

    /** The longest identifier PostgreSQL keeps, in bytes (NAMEDATALEN - 1). */
    public static final int MAX_BYTES = 63;

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** Keywords that cannot be used as a bare column or table name (reserved and type-function-name). */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for",
            "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially",
            "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left", "like",
            "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset", "on",
            "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning",
            "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table",
            "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using",
            "variadic", "verbose", "when", "where", "window", "with");

    private Identifiers() {
    }

    /** The identifier as SQL: bare when PostgreSQL would read it back unchanged, double-quoted otherwise. */
    public static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * A SQL string literal that PostgreSQL reads as {@code text} whatever {@code standard_conforming_strings}
     * says: {@code 'it''s'} (quotes doubled) when the text has no backslash, {@code E'a\\b'} (backslashes
     * doubled too) when it has one. Every string literal Shale writes goes through here.
     */
    public static String literal(String text) {
        String quoted = "'" + text.replace("'", "''") + "'";
        return text.indexOf('\\') < 0 ? quoted : "E" + quoted.replace("\\", "\\\\");
    }

    /** Whether PostgreSQL would keep this identifier whole (at most 63 bytes in UTF-8). */
    public static boolean fits(String identifier) {
        return byteLength(identifier) <= MAX_BYTES;
    }

    /** The identifier's length in UTF-8 bytes (as {@code getBytes(UTF_8).length}, without the copy). */
    public static int byteLength(String identifier) {
        int bytes = 0;
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < identifier.length()
                    && Character.isLowSurrogate(identifier.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1; // a lone surrogate: Java's UTF-8 encoder writes '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** {@code createdAt} to {@code created_at}, {@code HTTPStatus} to {@code http_status}. */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 8);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousIsLowerOrDigit = i > 0
                        && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
                boolean acronymEnds = i > 0 && Character.isUpperCase(javaName.charAt(i - 1))
                        && i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if (previousIsLowerOrDigit || acronymEnds) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The name PostgreSQL itself would choose for a dependent object, as its {@code makeObjectName}
     * does: {@code name1_name2_label}, the longer of the two names cut first so the whole fits in
     * 63 bytes. {@code name2} and {@code label} may be {@code null}.
     */
    public static String objectName(String name1, String name2, String label) {
        byte[] first = name1.getBytes(StandardCharsets.UTF_8);
        byte[] second = name2 == null ? new byte[0] : name2.getBytes(StandardCharsets.UTF_8);
        int overhead = (name2 == null ? 0 : 1) + (label == null ? 0 : byteLength(label) + 1);
        int available = MAX_BYTES - overhead;
        int firstBytes = first.length;
        int secondBytes = second.length;
        while (firstBytes + secondBytes > available) {
            if (firstBytes > secondBytes) {
                firstBytes--;
            } else {
                secondBytes--;
            }
        }
        StringBuilder out = new StringBuilder(clip(name1, firstBytes));
        if (name2 != null) {
            out.append('_').append(clip(name2, secondBytes));
        }
        if (label != null) {
            out.append('_').append(label);
        }
        return out.toString();
    }

    /** Column names joined by {@code _} the way PostgreSQL names multi-column indexes and keys. */
    public static String joinForName(java.util.List<String> columns) {
        StringBuilder out = new StringBuilder();
        for (String column : columns) {
            if (out.length() > 0) {
                out.append('_');
            }
            out.append(column);
            if (byteLength(out.toString()) > MAX_BYTES) {
                break;
            }
        }
        return out.toString();
    }

    /** The sequence name PostgreSQL gives an identity column: {@code <table>_<column>_seq}. */
    public static String identitySequenceName(String table, String column) {
        return objectName(table, column, "seq");
    }

    /** The longest prefix of {@code text} that is at most {@code maxBytes} in UTF-8 and ends on a character. */
    public static String clip(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
