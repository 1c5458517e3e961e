package dev.shale.sql;

import dev.shale.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits PostgreSQL SQL into tokens the way the server's scanner ({@code src/backend/parser/scan.l}) does, with
 * {@code standard_conforming_strings} on (Shale's sessions set it; see the README): a backslash is an escape only
 * in an {@code E'...'} string. Every character of the text belongs to exactly one token, so the tokens' texts put
 * together are the text; each token knows its offset, line and column. psql's meta-commands ({@code \connect})
 * are not SQL and lex as {@link Kind#OTHER} and words. Pure; the one SQL scanner of every Shale module.
 *
 * <p>{@link #tokens} refuses text that ends inside a string, quoted identifier, dollar quote or block comment;
 * {@link #lenient} returns such a last token as it is, marked incomplete, for readers of text that may be cut off
 * (an expression typed so far, one statement's text, a comment block between statements).
 */
public final class SqlLexer {

    /** Characters an operator is made of ({@code op_chars} in scan.l). */
    private static final String OPERATOR_CHARS = "~!@#^&|`?+-*/%<>=";
    /** Characters that are tokens by themselves and no operator's part. */
    private static final String PUNCTUATION = "()[],;:.";

    private final String sql;
    private final boolean lenient;
    private int at;
    /** Whether the token just read runs to the end of the text without its closing quote or comment marker. */
    private boolean incomplete;

    private SqlLexer(String sql, boolean lenient) {
        this.sql = sql;
        this.lenient = lenient;
    }

    /**
     * The tokens of {@code sql}, in order.
     *
     * @throws SqlSyntaxException at an unterminated string, quoted identifier, dollar quote or block comment
     */
    public static List<SqlToken> tokens(String sql) {
        List<SqlToken> out = new ArrayList<>();
        new SqlLexer(sql, false).scan(out::add);
        return out;
    }

    /**
     * The tokens of {@code sql}, in order, where a last string, quoted identifier, dollar quote or block comment
     * that is never closed runs to the end of the text and is {@linkplain SqlToken#complete() incomplete}.
     */
    public static List<SqlToken> lenient(String sql) {
        List<SqlToken> out = new ArrayList<>();
        new SqlLexer(sql, true).scan(out::add);
        return out;
    }

    /**
     * Hands the tokens of {@code sql} to {@code action} one by one, without keeping them: for whole files, whose
     * token lists would take many times the text's memory.
     *
     * @throws SqlSyntaxException at an unterminated string, quoted identifier, dollar quote or block comment
     */
    public static void scan(String sql, Consumer<SqlToken> action) {
        new SqlLexer(sql, false).scan(action);
    }

    /** As {@link #scan}, leniently: a token left open at the end of the text is handed over incomplete. */
    public static void scanLenient(String sql, Consumer<SqlToken> action) {
        new SqlLexer(sql, true).scan(action);
    }

    private void scan(Consumer<SqlToken> action) {
        int line = 1;
        int lineStart = 0;
        while (at < sql.length()) {
            int start = at;
            incomplete = false;
            Kind kind = next();
            action.accept(new SqlToken(kind, sql.substring(start, at), start, line, start - lineStart + 1,
                    !incomplete));
            for (int i = start; i < at; i++) {
                if (sql.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
        }
    }

    /** Reads the token at {@link #at}, moving past it. */
    private Kind next() {
        char c = sql.charAt(at);
        char next = peek(1);
        if (isSpace(c)) {
            while (at < sql.length() && isSpace(sql.charAt(at))) {
                at++;
            }
            return Kind.WHITESPACE;
        }
        if (c == '-' && next == '-') {
            while (at < sql.length() && sql.charAt(at) != '\n' && sql.charAt(at) != '\r') {
                at++;
            }
            return Kind.LINE_COMMENT;
        }
        if (c == '/' && next == '*') {
            return blockComment();
        }
        if (c == '\'') {
            return quoted(at, '\'', false);
        }
        if (c == '"') {
            return quoted(at, '"', false);
        }
        if ((c == 'e' || c == 'E') && next == '\'') {
            at++;
            return quoted(at - 1, '\'', true);
        }
        if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && next == '\'') {
            at++;
            return quoted(at - 1, '\'', false);
        }
        if ((c == 'u' || c == 'U') && next == '&' && (peek(2) == '\'' || peek(2) == '"')) {
            at += 2;
            return quoted(at - 2, sql.charAt(at), false);
        }
        if (c == '$') {
            return dollar();
        }
        if (isIdentifierStart(c)) {
            while (at < sql.length() && (isIdentifierStart(sql.charAt(at)) || isDigit(sql.charAt(at))
                    || sql.charAt(at) == '$')) {
                at++;
            }
            return Kind.WORD;
        }
        if (c == '.' && next == '.') {  // PL/pgSQL's range dots, as scan.l's DOT_DOT
            at += 2;
            return Kind.PUNCTUATION;
        }
        if (isDigit(c) || (c == '.' && isDigit(next))) {
            return number();
        }
        if (c == ':' && next == ':') {
            at += 2;
            return Kind.OPERATOR;
        }
        if (PUNCTUATION.indexOf(c) >= 0) {
            at++;
            return Kind.PUNCTUATION;
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator();
        }
        at += Character.isHighSurrogate(c) && Character.isLowSurrogate(next) ? 2 : 1;
        return Kind.OTHER;
    }

    /** A comment from {@code /*} to its matching end; comments nest, as in PostgreSQL. */
    private Kind blockComment() {
        int start = at;
        int depth = 0;
        while (at < sql.length()) {
            if (sql.startsWith("/*", at)) {
                depth++;
                at += 2;
            } else if (sql.startsWith("*/", at)) {
                depth--;
                at += 2;
                if (depth == 0) {
                    return Kind.BLOCK_COMMENT;
                }
            } else {
                at++;
            }
        }
        return unterminated(Kind.BLOCK_COMMENT, "an unterminated /* comment", start);
    }

    /**
     * A string or quoted identifier whose opening {@code quote} is at {@link #at} (its prefix, if any, from
     * {@code start}); a doubled quote stands for one, and in an escape string a backslash escapes what follows.
     */
    private Kind quoted(int start, char quote, boolean escapes) {
        at++;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (escapes && c == '\\') {
                at += 2;
            } else if (c == quote && peek(1) == quote) {
                at += 2;
            } else if (c == quote) {
                at++;
                return quote == '"' ? Kind.QUOTED_IDENTIFIER : Kind.STRING;
            } else {
                at++;
            }
        }
        return quote == '"' ? unterminated(Kind.QUOTED_IDENTIFIER, "an unterminated quoted identifier", start)
                : unterminated(Kind.STRING, "an unterminated quoted string", start);
    }

    /** {@code $tag$...$tag$}, {@code $1}, or a lone {@code $} (which PostgreSQL's scanner also lets through). */
    private Kind dollar() {
        int start = at;
        if (isDigit(peek(1))) {
            at++;
            while (at < sql.length() && isDigit(sql.charAt(at))) {
                at++;
            }
            return Kind.PARAMETER;
        }
        int tagEnd = at + 1;
        if (tagEnd < sql.length() && isIdentifierStart(sql.charAt(tagEnd))) {
            while (tagEnd < sql.length() && (isIdentifierStart(sql.charAt(tagEnd)) || isDigit(sql.charAt(tagEnd)))) {
                tagEnd++;
            }
        }
        if (tagEnd >= sql.length() || sql.charAt(tagEnd) != '$') {
            at++;
            return Kind.OTHER;
        }
        String tag = sql.substring(start, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            return unterminated(Kind.DOLLAR_STRING, "an unterminated dollar-quoted string " + tag, start);
        }
        at = close + tag.length();
        return Kind.DOLLAR_STRING;
    }

    /** Digits with an optional fraction and exponent, or a 0x / 0o / 0b integer; underscores between digits. */
    private Kind number() {
        if (sql.charAt(at) == '0' && "xXoObB".indexOf(peek(1)) >= 0 && isAlphanumeric(peek(2))) {
            at += 2;
            while (at < sql.length() && (isAlphanumeric(sql.charAt(at)) || sql.charAt(at) == '_')) {
                at++;
            }
            return Kind.NUMBER;
        }
        digits();
        if (peek(0) == '.' && peek(1) != '.') {
            at++;
            digits();
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            at += 2;
            digits();
        }
        return Kind.NUMBER;
    }

    private void digits() {
        while (at < sql.length() && (isDigit(sql.charAt(at)) || (sql.charAt(at) == '_' && isDigit(peek(1))))) {
            at++;
        }
    }

    /**
     * The longest run of operator characters, cut before a {@code --} or {@code /*} that starts a comment; as in
     * scan.l, a trailing {@code +} or {@code -} is left for the next token unless the operator has one of
     * {@code ~!@#^&|`?%} (so {@code =-1} is {@code =} then {@code -1}).
     */
    private Kind operator() {
        int start = at;
        at++;
        while (at < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(at)) >= 0
                && !sql.startsWith("--", at) && !sql.startsWith("/*", at)) {
            at++;
        }
        boolean keepsSigns = false;
        for (int i = start; i < at; i++) {
            keepsSigns |= "~!@#^&|`?%".indexOf(sql.charAt(i)) >= 0;
        }
        while (!keepsSigns && at - start > 1 && (sql.charAt(at - 1) == '+' || sql.charAt(at - 1) == '-')) {
            at--;
        }
        return Kind.OPERATOR;
    }

    /** A token left open at the end of the text: refused, or in lenient mode the rest of the text. */
    private Kind unterminated(Kind kind, String problem, int start) {
        if (!lenient) {
            throw new SqlSyntaxException(kind, problem, start, sql);
        }
        at = sql.length();
        incomplete = true;
        return kind;
    }

    private char peek(int ahead) {
        return at + ahead < sql.length() ? sql.charAt(at + ahead) : '\0';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** {@code ident_start}: a letter, an underscore, or any non-ASCII character. */
    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlphanumeric(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
