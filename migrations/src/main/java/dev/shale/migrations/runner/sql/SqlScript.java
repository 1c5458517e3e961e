package dev.shale.migrations.runner.sql;

import dev.shale.migrationfile.FileLayout;
import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlSyntaxException;
import dev.shale.sql.SqlToken;
import dev.shale.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
 * {@code ;}. The tokens come from {@link SqlLexer}, so {@code standard_conforming_strings} is assumed on (the
 * default since PostgreSQL 9.1); psql meta-commands ({@code \connect}, ...) are not understood.
 */
public final class SqlScript {

    private static final int TOKENS_KEPT = 12;

    private final List<SqlStatement> statements;
    private final List<Marker> markers;

    /**
     * A {@code -- shale:step ...} line comment as {@link FileLayout} finds it (never one inside a string, dollar quote
     * or block comment), how many statements end before it, and whether it sits inside a statement (between its
     * first token and its {@code ;}).
     */
    public record Marker(FileLayout.MarkerLine place, int statementsBefore, boolean insideStatement) {

        public Marker {
            Objects.requireNonNull(place, "place");
        }

        /** Its line (from 1). */
        public int line() {
            return place.line();
        }

        /** The words after {@code shale:step}. */
        public String text() {
            return place.words();
        }
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

    /** One pass over the text's tokens; not thread-safe, used once. */
    private static final class Splitter {

        private final String text;
        private final List<SqlStatement> out = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private final FileLayout.Markers markerLines;

        // the statement being read
        private int start = -1;
        private int startLine;
        private int parenDepth;
        private int beginDepth;
        private int identifierCount;
        private final char[] routineWords = new char[4];
        private final List<String> tokens = new ArrayList<>();
        private final Set<String> calls = new HashSet<>();
        private String lastName;

        Splitter(String text) {
            this.text = FileLayout.body(text);
            this.markerLines = new FileLayout.Markers(this.text);
        }

        List<SqlStatement> split() {
            try {
                SqlLexer.scan(text, this::accept);
            } catch (SqlSyntaxException e) {
                throw unterminated(e);
            }
            finish(text.length());
            return out;
        }

        private void accept(SqlToken token) {
            if (token.kind() == Kind.WHITESPACE || token.kind() == Kind.BLOCK_COMMENT) {
                return;
            }
            if (token.kind() == Kind.LINE_COMMENT) {
                marker(token);
            } else if (token.is(';') && parenDepth == 0 && beginDepth == 0) {
                finish(token.start());
            } else {
                read(token);
            }
        }

        private void read(SqlToken token) {
            if (start < 0) {
                start = token.start();
                startLine = token.line();
            }
            String shown = switch (token.kind()) {
                case WORD -> token.text().toUpperCase(Locale.ROOT);
                case STRING -> "'";
                case DOLLAR_STRING -> "$";
                default -> token.text();
            };
            if (tokens.size() < TOKENS_KEPT) {
                tokens.add(shown);
            }
            if (token.kind() == Kind.WORD) {
                lastName = shown;
                trackBlocks(shown);
                return;
            }
            if (token.kind() == Kind.QUOTED_IDENTIFIER && token.text().startsWith("\"")) {
                lastName = token.text().substring(1, token.text().length() - 1).replace("\"\"", "\"")
                        .toUpperCase(Locale.ROOT);
                return;
            }
            if (token.is('(')) {
                if (lastName != null) {
                    calls.add(lastName);
                }
                parenDepth++;
            } else if (token.is(')') && parenDepth > 0) {
                parenDepth--;
            }
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

        private void finish(int end) {
            if (start >= 0) {
                String sql = text.substring(start, end).stripTrailing();
                out.add(new SqlStatement(out.size() + 1, startLine, sql, tokens, calls));
            }
            start = -1;
            parenDepth = 0;
            beginDepth = 0;
            identifierCount = 0;
            Arrays.fill(routineWords, '\0');
            tokens.clear();
            calls.clear();
            lastName = null;
        }

        /** Records a {@code -- shale:step ...} line comment, found by the migration file format's reader. */
        private void marker(SqlToken comment) {
            FileLayout.MarkerLine place = markerLines.accept(comment);
            if (place != null) {
                markers.add(new Marker(place, out.size(), start >= 0));
            }
        }

        /** The lexer's refusal in the script's words, naming the line where the open token starts. */
        private static SqlScriptException unterminated(SqlSyntaxException e) {
            int line = e.line();
            return new SqlScriptException(line, switch (e.kind()) {
                case BLOCK_COMMENT -> "the /* comment that starts on line " + line
                        + " is never closed (comments nest: each /* needs its */)";
                case QUOTED_IDENTIFIER -> "the double-quoted identifier that starts on line " + line
                        + " is never closed";
                case DOLLAR_STRING -> "the dollar-quoted string "
                        + e.sql().substring(e.offset(), e.sql().indexOf('$', e.offset() + 1) + 1)
                        + " that starts on line " + line + " is never closed";
                default -> "the string that starts on line " + line
                        + " is never closed (write a quote inside a string as '')";
            });
        }
    }
}
