package dev.shale.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one statement with JSqlParser. JSqlParser does not know a few PostgreSQL words that matter most to
 * lock rules ({@code CREATE|DROP INDEX CONCURRENTLY}, {@code ... NOT VALID}, {@code SET DATA TYPE}, and what
 * follows an index's key list: {@code INCLUDE}, {@code WITH}, {@code WHERE}), so those are read off the statement's
 * tokens, cut out by their offsets, and the rest parsed; the
 * words cut become facts of the {@link ParsedStatement}. No regular expression touches the SQL.
 */
final class StatementParser {

    private StatementParser() {
    }

    /** {@code sql}, one statement without its {@code ;}, read. */
    static ParsedStatement parse(String sql) {
        List<SqlTokens.Token> tokens = SqlTokens.of(sql);
        List<int[]> cuts = new ArrayList<>();
        boolean concurrently = false;
        Set<Integer> notValid = new HashSet<>();
        int index = indexWord(tokens);
        if (index >= 0 && index + 1 < tokens.size() && tokens.get(index + 1).is("CONCURRENTLY")) {
            concurrently = true;
            cuts.add(span(tokens.get(index + 1), tokens.get(index + 1)));
        }
        boolean createIndex = index >= 0 && tokens.get(0).is("CREATE");
        boolean alterTable = SqlTokens.startsAt(tokens, 0, "ALTER", "TABLE");
        int action = 0;
        boolean keys = false;
        for (int i = 0; i < tokens.size(); i++) {
            SqlTokens.Token token = tokens.get(i);
            if (createIndex && token.depth() == 1 && token.is("NULLS")
                    && i + 1 < tokens.size() && (tokens.get(i + 1).is("FIRST") || tokens.get(i + 1).is("LAST"))) {
                // NULLS FIRST | LAST of an index key: the order of the index, not how it is built
                cuts.add(span(token, tokens.get(i + 1)));
                continue;
            }
            if (token.depth() != 0) {
                continue;
            }
            if (createIndex && keys) {
                // after the key list: INCLUDE, WITH, TABLESPACE, WHERE; they do not change how the index is locked
                cuts.add(new int[] {token.start(), sql.length()});
                break;
            }
            if (createIndex && token.text().equals(")")) {
                keys = true;
            } else if (token.text().equals(",")) {
                action++;
            } else if (SqlTokens.startsAt(tokens, i, "NOT", "VALID")) {
                notValid.add(action);
                cuts.add(span(token, tokens.get(i + 1)));
            } else if (alterTable && SqlTokens.startsAt(tokens, i, "SET", "DATA", "TYPE")) {
                // SET DATA TYPE is the standard spelling of TYPE
                cuts.add(span(token, tokens.get(i + 1)));
            }
        }
        String text = cut(sql, cuts);
        Optional<Statement> tree;
        try {
            tree = Optional.of(CCJSqlParserUtil.parse(text));
        } catch (JSQLParserException | RuntimeException e) {
            tree = Optional.empty();
        }
        return new ParsedStatement(tokens, tree, concurrently, notValid);
    }

    /** The index of {@code INDEX} in {@code CREATE [UNIQUE] INDEX} or {@code DROP INDEX}, or -1. */
    private static int indexWord(List<SqlTokens.Token> tokens) {
        if (SqlTokens.startsAt(tokens, 0, "CREATE", "INDEX") || SqlTokens.startsAt(tokens, 0, "DROP", "INDEX")) {
            return 1;
        }
        return SqlTokens.startsAt(tokens, 0, "CREATE", "UNIQUE", "INDEX") ? 2 : -1;
    }

    private static int[] span(SqlTokens.Token first, SqlTokens.Token last) {
        return new int[] {first.start(), last.end()};
    }

    private static String cut(String sql, List<int[]> cuts) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : cuts) {
            out.append(sql, at, span[0]).append(' ');
            at = span[1];
        }
        return out.append(sql.substring(at)).toString();
    }
}
