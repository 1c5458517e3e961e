package dev.shale.lint;

import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlToken;
import dev.shale.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one statement that {@link dev.shale.migrations.runner.sql.SqlScript} has already cut out, read
 * with {@link SqlLexer}: words (qualified names joined, bare words upper-cased, quoted ones kept as written),
 * strings, numbers, operators and punctuation, each with its offsets and parenthesis depth; comments and whitespace
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

    /** The tokens of {@code sql}, one statement's text without its {@code ;}; a string left open runs to the end. */
    static List<Token> of(String sql) {
        List<SqlToken> lexed = SqlLexer.lenient(sql).stream().filter(t -> !t.isTrivia()).toList();
        List<Token> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < lexed.size(); i++) {
            SqlToken token = lexed.get(i);
            if (isName(token)) {
                // a qualified name: name.name.name, each part bare or quoted, written without spaces
                int last = i;
                while (last + 2 < lexed.size() && lexed.get(last + 1).is('.')
                        && lexed.get(last + 1).start() == lexed.get(last).end()
                        && lexed.get(last + 2).start() == lexed.get(last + 1).end() && isName(lexed.get(last + 2))) {
                    last += 2;
                }
                String text = sql.substring(token.start(), lexed.get(last).end());
                boolean kept = token.kind() == Kind.QUOTED_IDENTIFIER || last > i;
                out.add(new Token(text, kept ? text : text.toUpperCase(Locale.ROOT), token.start(),
                        lexed.get(last).end(), depth, true));
                i = last;
                continue;
            }
            if (token.is(')') && depth > 0) {
                depth--;
            }
            String upper = token.kind() == Kind.DOLLAR_STRING ? "$" : token.text();
            out.add(new Token(token.text(), upper, token.start(), token.end(), depth, false));
            if (token.is('(')) {
                depth++;
            }
        }
        return out;
    }

    private static boolean isName(SqlToken token) {
        return token.kind() == Kind.WORD || token.kind() == Kind.QUOTED_IDENTIFIER && token.text().startsWith("\"");
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
}
