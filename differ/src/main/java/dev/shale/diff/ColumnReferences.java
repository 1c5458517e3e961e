package dev.shale.diff;

import dev.shale.model.Identifiers;

/**
 * Renames a column inside the SQL text of an expression of its own table (a generated column, a
 * check, an index key or predicate), as PostgreSQL does to the expressions it stores when the
 * column is renamed. The text is read token by token: string literals, dollar-quoted strings and
 * comments are left alone; an identifier is the column when it names it (bare identifiers fold to
 * lower case, quoted ones do not) and is neither qualified ({@code x.c}), a qualifier
 * ({@code c.x}), a function name ({@code c(}) nor a type after {@code ::}.
 */
final class ColumnReferences {

    private ColumnReferences() {
    }

    /** {@code sql} with every reference to column {@code from} written as {@code to}; {@code null} stays null. */
    static String rename(String sql, String from, String to) {
        if (sql == null || from.equals(to)) {
            return sql;
        }
        return rewrite(sql, from, Identifiers.quote(to));
    }

    /**
     * {@code sql} with every reference to column {@code column} written as the SQL text {@code value} (an expression
     * in parentheses); {@code null} stays null.
     */
    static String substitute(String sql, String column, String value) {
        return sql == null ? null : rewrite(sql, column, value);
    }

    private static String rewrite(String sql, String from, String replacement) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int i = 0;
        while (i < sql.length()) {
            int end = skipLiteralOrComment(sql, i);
            if (end > i) {
                out.append(sql, i, end);
                i = end;
                continue;
            }
            char c = sql.charAt(i);
            if (c == '"') {
                end = quotedEnd(sql, i);
                if (end == sql.length() && (end - i < 2 || sql.charAt(end - 1) != '"')) {
                    out.append(sql, i, end);
                    break;
                }
                String name = sql.substring(i + 1, end - 1).replace("\"\"", "\"");
                out.append(isReference(sql, i, end, name, from) ? replacement : sql.substring(i, end));
                i = end;
            } else if (isIdentifierStart(c)) {
                end = i;
                while (end < sql.length() && isIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = foldAscii(sql.substring(i, end));
                out.append(isReference(sql, i, end, name, from) ? replacement : sql.substring(i, end));
                i = end;
            } else if (Character.isDigit(c)) {
                // A number, with any exponent or trailing letters, is never an identifier.
                end = i;
                while (end < sql.length() && (isIdentifierPart(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                out.append(sql, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isReference(String sql, int start, int end, String name, String column) {
        if (!name.equals(column)) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(sql.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < sql.length() && Character.isWhitespace(sql.charAt(after))) {
            after++;
        }
        boolean literalPrefix = end < sql.length() && sql.charAt(end) == '\'';
        boolean qualified = before >= 0 && sql.charAt(before) == '.';
        boolean typeName = before >= 1 && sql.charAt(before) == ':' && sql.charAt(before - 1) == ':';
        boolean qualifierOrCall = after < sql.length() && (sql.charAt(after) == '.' || sql.charAt(after) == '(');
        return !literalPrefix && !qualified && !typeName && !qualifierOrCall;
    }

    /** The end of a string literal, dollar-quoted string or comment starting at {@code i}, or {@code i}. */
    private static int skipLiteralOrComment(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'') {
            boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                    && (i < 2 || !isIdentifierPart(sql.charAt(i - 2)));
            return stringEnd(sql, i, escapes);
        }
        if (c == '-' && sql.startsWith("--", i)) {
            int newline = sql.indexOf('\n', i);
            return newline < 0 ? sql.length() : newline;
        }
        if (c == '/' && sql.startsWith("/*", i)) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        if (c == '$' && (i == 0 || !isIdentifierPart(sql.charAt(i - 1)))) {
            int tagEnd = i + 1;
            while (tagEnd < sql.length() && isIdentifierPart(sql.charAt(tagEnd)) && sql.charAt(tagEnd) != '$') {
                tagEnd++;
            }
            if (tagEnd < sql.length() && sql.charAt(tagEnd) == '$'
                    && (tagEnd == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
                String tag = sql.substring(i, tagEnd + 1);
                int close = sql.indexOf(tag, tagEnd + 1);
                return close < 0 ? sql.length() : close + tag.length();
            }
        }
        return i;
    }

    private static int stringEnd(String sql, int open, boolean backslashEscapes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int quotedEnd(String sql, int open) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == '"') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '"') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** A bare identifier as PostgreSQL reads it: ASCII letters lower-cased, others kept. */
    private static String foldAscii(String identifier) {
        StringBuilder out = new StringBuilder(identifier.length());
        for (char c : identifier.toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isIdentifierPart(char c) {
        return c == '_' || c == '$' || Character.isLetterOrDigit(c);
    }
}
