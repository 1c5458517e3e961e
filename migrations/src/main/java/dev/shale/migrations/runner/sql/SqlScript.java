package dev.shale.migrations.runner.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A PostgreSQL script split into statements the way {@code psql} splits it: a {@code ;} ends a
 * statement unless it is inside a {@code --} or (nested) {@code /* *}{@code /} comment, a
 * {@code '...'} string ({@code ''} escapes a quote), an {@code E'...'} string (backslash escapes too),
 * a {@code "..."} identifier, a dollar-quoted string ({@code $$...$$}, {@code $tag$...$tag$}),
 * parentheses, or the {@code BEGIN ATOMIC ... END} body of a {@code CREATE [OR REPLACE] FUNCTION |
 * PROCEDURE} (psql's own heuristic: inside such a statement, {@code BEGIN} and, once inside,
 * {@code CASE} open a block that {@code END} closes).
 *
 * <p>Statements that hold only comments are dropped; the rest are numbered from 1. A statement's
 * text starts at its first token (comments before it belong to nobody) and stops before its
 * {@code ;}. {@code standard_conforming_strings} is assumed on (the default since PostgreSQL 9.1);
 * psql meta-commands ({@code \connect}, ...) are not understood.
 */
public final class SqlScript {

    private static final int TOKENS_KEPT = 12;

    private static final String MARKER = "shale:step";

    private final List<SqlStatement> statements;
    private final List<Marker> markers;

    /**
     * A {@code -- shale:step ...} line comment the lexer met (never one inside a string, dollar quote or block
     * comment): its line, the text after {@code shale:step}, how many statements end before it, and whether it
     * sits inside a statement (between its first token and its {@code ;}).
     */
    public record Marker(int line, String text, int statementsBefore, boolean insideStatement) {
    }

    private SqlScript(List<SqlStatement> statements, List<Marker> markers) {
        this.statements = List.copyOf(statements);
        this.markers = List.copyOf(markers);
    }

    /**
     * Splits {@code text}.
     *
     * @throws SqlScriptException naming the line of an unterminated comment, string, identifier or
     *     dollar quote
     */
    public static SqlScript parse(String text) {
        Objects.requireNonNull(text, "text");
        Splitter splitter = new Splitter(text);
        List<SqlStatement> statements = splitter.split();
        return new SqlScript(statements, splitter.markers);
    }

    /** The step markers ({@code -- shale:step ...} line comments) in order. */
    public List<Marker> markers() {
        return markers;
    }

    /** The statements in order. */
    public List<SqlStatement> statements() {
        return statements;
    }

    /** Whether the script holds no statement (only comments and whitespace). */
    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** One pass over the text; not thread-safe, used once. */
    private static final class Splitter {

        private final String text;
        private final int length;
        private final List<SqlStatement> out = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private int pos;
        private int line = 1;

        // the statement being read
        private int start = -1;
        private int startLine;
        private int parenDepth;
        private int beginDepth;
        private int identifierCount;
        private final char[] routineWords = new char[4];
        private final List<String> tokens = new ArrayList<>();
        private final java.util.Set<String> calls = new java.util.HashSet<>();
        private String lastName;
        private int lastTokenEnd = -1;
        private String lastWord;

        Splitter(String text) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.length = this.text.length();
        }

        List<SqlStatement> split() {
            while (pos < length) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '-' && peek(1) == '-') {
                    skipLineComment();
                } else if (c == '/' && peek(1) == '*') {
                    skipBlockComment();
                } else if (c == ';') {
                    if (parenDepth == 0 && beginDepth == 0) {
                        finish(pos);
                    } else {
                        token(pos, pos + 1, ";");
                    }
                    pos++;
                } else {
                    readToken(c);
                }
            }
            finish(length);
            return out;
        }

        private void readToken(char c) {
            int from = pos;
            int fromLine = line;
            if (c == '\'') {
                boolean escapes = lastTokenEnd == from && lastWord != null && lastWord.equals("E");
                skipString(escapes, fromLine);
                token(from, pos, "'");
            } else if (c == '"') {
                skipQuoted('"', fromLine, "double-quoted identifier");
                token(from, pos, text.substring(from, pos));
                lastWord = null;
                lastName = text.substring(from + 1, pos - 1).replace("\"\"", "\"").toUpperCase(Locale.ROOT);
                return;
            } else if (c == '$' && dollarTagEnd(pos) > 0) {
                skipDollarQuoted(fromLine);
                token(from, pos, "$");
            } else if (isIdentifierStart(c)) {
                pos++;
                while (pos < length && isIdentifierPart(text.charAt(pos))) {
                    pos++;
                }
                String word = text.substring(from, pos).toUpperCase(Locale.ROOT);
                token(from, pos, word);
                lastWord = word;
                lastName = word;
                trackBlocks(word);
                return;
            } else if (Character.isDigit(c) || c == '$') {
                pos++;
                while (pos < length && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                token(from, pos, text.substring(from, pos));
            } else {
                if (c == '(') {
                    if (lastName != null) {
                        calls.add(lastName);
                    }
                    parenDepth++;
                } else if (c == ')' && parenDepth > 0) {
                    parenDepth--;
                }
                pos++;
                token(from, pos, String.valueOf(c));
            }
            lastWord = null;
            lastName = null;
        }

        /** psql's heuristic for {@code BEGIN ATOMIC ... END} in CREATE FUNCTION / PROCEDURE. */
        private void trackBlocks(String word) {
            if (identifierCount < routineWords.length && (word.equals("CREATE") || word.equals("FUNCTION")
                    || word.equals("PROCEDURE") || word.equals("OR") || word.equals("REPLACE"))) {
                routineWords[identifierCount] = word.charAt(0);
            }
            identifierCount++;
            boolean routine = routineWords[0] == 'C' && (routineWords[1] == 'F' || routineWords[1] == 'P'
                    || routineWords[1] == 'O' && routineWords[2] == 'R'
                    && (routineWords[3] == 'F' || routineWords[3] == 'P'));
            if (!routine || parenDepth != 0) {
                return;
            }
            if (word.equals("BEGIN")) {
                beginDepth++;
            } else if (word.equals("CASE") && beginDepth >= 1) {
                beginDepth++;
            } else if (word.equals("END") && beginDepth > 0) {
                beginDepth--;
            }
        }

        private void token(int from, int to, String shown) {
            if (start < 0) {
                start = from;
                startLine = lineAt(from);
            }
            if (tokens.size() < TOKENS_KEPT) {
                tokens.add(shown);
            }
            lastTokenEnd = to;
        }

        private int lineAt(int offset) {
            // tokens are registered after being read; count back the newlines they span
            int l = line;
            for (int i = offset; i < pos && i < length; i++) {
                if (text.charAt(i) == '\n') {
                    l--;
                }
            }
            return l;
        }

        private void finish(int end) {
            if (start >= 0) {
                String sql = text.substring(start, end).stripTrailing();
                out.add(new SqlStatement(out.size() + 1, startLine, sql, tokens, calls));
            }
            start = -1;
            parenDepth = 0;
            beginDepth = 0;
            identifierCount = 0;
            java.util.Arrays.fill(routineWords, '\0');
            tokens.clear();
            calls.clear();
            lastName = null;
            lastTokenEnd = -1;
            lastWord = null;
        }

        private void skipLineComment() {
            int from = pos;
            while (pos < length && text.charAt(pos) != '\n') {
                pos++;
            }
            String body = text.substring(from + 2, pos).strip();
            if (body.startsWith(MARKER) && (body.length() == MARKER.length()
                    || Character.isWhitespace(body.charAt(MARKER.length())))) {
                markers.add(new Marker(line, body.substring(MARKER.length()).strip(), out.size(), start >= 0));
            }
        }

        private void skipBlockComment() {
            int fromLine = line;
            int depth = 0;
            while (pos < length) {
                char c = text.charAt(pos);
                if (c == '/' && peek(1) == '*') {
                    depth++;
                    pos += 2;
                } else if (c == '*' && peek(1) == '/') {
                    depth--;
                    pos += 2;
                    if (depth == 0) {
                        return;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    pos++;
                }
            }
            throw new SqlScriptException(fromLine, "the /* comment that starts on line " + fromLine
                    + " is never closed (comments nest: each /* needs its */)");
        }

        private void skipString(boolean backslashEscapes, int fromLine) {
            pos++;
            while (pos < length) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                }
                if (backslashEscapes && c == '\\' && pos + 1 < length) {
                    if (text.charAt(pos + 1) == '\n') {
                        line++;
                    }
                    pos += 2;
                } else if (c == '\'') {
                    if (peek(1) == '\'') {
                        pos += 2;
                    } else {
                        pos++;
                        return;
                    }
                } else {
                    pos++;
                }
            }
            throw new SqlScriptException(fromLine, "the string that starts on line " + fromLine
                    + " is never closed (write a quote inside a string as '')");
        }

        private void skipQuoted(char quote, int fromLine, String what) {
            pos++;
            while (pos < length) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                }
                if (c == quote) {
                    if (peek(1) == quote) {
                        pos += 2;
                        continue;
                    }
                    pos++;
                    return;
                }
                pos++;
            }
            throw new SqlScriptException(fromLine, "the " + what + " that starts on line " + fromLine
                    + " is never closed");
        }

        private void skipDollarQuoted(int fromLine) {
            int tagEnd = dollarTagEnd(pos);
            String delimiter = text.substring(pos, tagEnd);
            int close = text.indexOf(delimiter, tagEnd);
            if (close < 0) {
                throw new SqlScriptException(fromLine, "the dollar-quoted string " + delimiter
                        + " that starts on line " + fromLine + " is never closed");
            }
            for (int i = pos; i < close; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            pos = close + delimiter.length();
        }

        /** The offset just past a dollar-quote opening tag at {@code at} ({@code $$}, {@code $tag$}), or -1. */
        private int dollarTagEnd(int at) {
            int i = at + 1;
            if (i < length && text.charAt(i) == '$') {
                return i + 1;
            }
            if (i >= length || !isTagStart(text.charAt(i))) {
                return -1;
            }
            i++;
            while (i < length && isTagPart(text.charAt(i))) {
                i++;
            }
            return i < length && text.charAt(i) == '$' ? i + 1 : -1;
        }

        private char peek(int ahead) {
            int i = pos + ahead;
            return i < length ? text.charAt(i) : '\0';
        }

        private static boolean isIdentifierStart(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
        }

        private static boolean isIdentifierPart(char c) {
            return isIdentifierStart(c) || c >= '0' && c <= '9' || c == '$';
        }

        private static boolean isTagStart(char c) {
            return isIdentifierStart(c);
        }

        private static boolean isTagPart(char c) {
            return isIdentifierStart(c) || c >= '0' && c <= '9';
        }
    }
}
