package dev.shale.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one statement that {@link dev.shale.migrations.runner.sql.SqlScript} has already cut out: words
 * (qualified names joined, bare words upper-cased, quoted ones kept as written), strings, numbers and punctuation,
 * each with its offsets and parenthesis depth; comments, whitespace and the contents of strings and dollar quotes
 * are skipped. It tells the linter the PostgreSQL words JSqlParser does not know ({@code CONCURRENTLY},
 * {@code NOT VALID}, ...) and where they are, so they can be read off and the rest handed to the parser.
 */
final class SqlTokens {

    /** One token: {@code upper} is the bare word upper-cased (a quoted name as written), or the text itself. */
    record Token(String text, String upper, int start, int end, int depth, boolean word) {

        /** Whether this is the bare word {@code keyword} (case-insensitive). */
        boolean is(String keyword) {
            return word && upper.equals(keyword);
        }
    }

    private SqlTokens() {
    }

    /** The tokens of {@code sql}, one statement's text without its {@code ;}. */
    static List<Token> of(String sql) {
        List<Token> out = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = skipBlockComment(sql, i);
            } else if (c == '\'') {
                int end = skipString(sql, i, !out.isEmpty() && out.get(out.size() - 1).end() == i
                        && out.get(out.size() - 1).is("E"));
                out.add(new Token(sql.substring(i, end), sql.substring(i, end), i, end, depth, false));
                i = end;
            } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                int close = sql.indexOf(sql.substring(i, tagEnd), tagEnd);
                int end = close < 0 ? n : close + (tagEnd - i);
                out.add(new Token(sql.substring(i, end), "$", i, end, depth, false));
                i = end;
            } else if (c == '"' || isIdentifierStart(c)) {
                int end = readName(sql, i);
                // a qualified name: name.name.name, each part bare or quoted
                while (end + 1 < n && sql.charAt(end) == '.'
                        && (sql.charAt(end + 1) == '"' || isIdentifierStart(sql.charAt(end + 1)))) {
                    end = readName(sql, end + 1);
                }
                String text = sql.substring(i, end);
                out.add(new Token(text, c == '"' || text.indexOf('.') >= 0 ? text : text.toUpperCase(Locale.ROOT), i,
                        end, depth, true));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                out.add(new Token(sql.substring(i, end), sql.substring(i, end), i, end, depth, false));
                i = end;
            } else {
                if (c == ')' && depth > 0) {
                    depth--;
                }
                out.add(new Token(String.valueOf(c), String.valueOf(c), i, i + 1, depth, false));
                if (c == '(') {
                    depth++;
                }
                i++;
            }
        }
        return out;
    }

    /** The index of the first depth-0 word {@code keyword} at or after {@code from}, or -1. */
    static int find(List<Token> tokens, int from, String keyword) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).depth() == 0 && tokens.get(i).is(keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the depth-0 words {@code keywords} follow each other somewhere in {@code tokens}. */
    static boolean contains(List<Token> tokens, String... keywords) {
        for (int i = 0; i + keywords.length <= tokens.size(); i++) {
            if (startsAt(tokens, i, keywords)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the depth-0 words {@code keywords} start at index {@code at}. */
    static boolean startsAt(List<Token> tokens, int at, String... keywords) {
        if (at < 0 || at + keywords.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < keywords.length; k++) {
            Token token = tokens.get(at + k);
            if (token.depth() != 0 || !token.is(keywords[k])) {
                return false;
            }
        }
        return true;
    }

    private static int readName(String sql, int i) {
        int n = sql.length();
        if (sql.charAt(i) == '"') {
            int j = i + 1;
            while (j < n) {
                if (sql.charAt(j) == '"') {
                    if (j + 1 < n && sql.charAt(j + 1) == '"') {
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                j++;
            }
            return n;
        }
        int j = i + 1;
        while (j < n && (isIdentifierStart(sql.charAt(j)) || Character.isDigit(sql.charAt(j)) || sql.charAt(j) == '$')) {
            j++;
        }
        return j;
    }

    private static int skipBlockComment(String sql, int i) {
        int depth = 0;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    private static int skipString(String sql, int i, boolean backslashEscapes) {
        int n = sql.length();
        int j = i + 1;
        while (j < n) {
            char c = sql.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == '\'') {
                if (j + 1 < n && sql.charAt(j + 1) == '\'') {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return n;
    }

    private static int dollarTagEnd(String sql, int at) {
        int n = sql.length();
        int i = at + 1;
        if (i < n && sql.charAt(i) == '$') {
            return i + 1;
        }
        if (i >= n || !isIdentifierStart(sql.charAt(i))) {
            return -1;
        }
        while (i < n && (isIdentifierStart(sql.charAt(i)) || Character.isDigit(sql.charAt(i)))) {
            i++;
        }
        return i < n && sql.charAt(i) == '$' ? i + 1 : -1;
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }
}
