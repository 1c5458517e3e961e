package dev.shale.diff;

import dev.shale.model.Identifiers;
import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlToken;
import dev.shale.sql.SqlToken.Kind;
import java.util.List;

/**
 * Renames a column inside the SQL text of an expression of its own table (a generated column, a
 * check, an index key or predicate), as PostgreSQL does to the expressions it stores when the
 * column is renamed. The text is read token by token with {@link SqlLexer}: string literals, dollar-quoted
 * strings and comments are left alone; an identifier is the column when it names it (bare identifiers fold to
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
        List<SqlToken> tokens = SqlLexer.lenient(sql);
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            String name = null;
            if (token.kind() == Kind.WORD) {
                name = foldAscii(token.text());
            } else if (token.kind() == Kind.QUOTED_IDENTIFIER && token.text().startsWith("\"") && token.complete()) {
                name = token.text().substring(1, token.text().length() - 1).replace("\"\"", "\"");
            }
            out.append(name != null && name.equals(from) && isReference(tokens, i) ? replacement : token.text());
        }
        return out.toString();
    }

    /**
     * Whether the name at {@code at} is a column reference: not the prefix of a literal ({@code c'...'}), not
     * qualified ({@code x.c}), no type after {@code ::}, no qualifier ({@code c.x}) and no function name ({@code c(}).
     */
    private static boolean isReference(List<SqlToken> tokens, int at) {
        SqlToken next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        boolean literalPrefix = next != null && next.kind() == Kind.STRING && next.text().startsWith("'");
        SqlToken before = neighbour(tokens, at, -1);
        SqlToken after = neighbour(tokens, at, 1);
        boolean qualified = before != null && before.is('.');
        boolean typeName = before != null && before.kind() == Kind.OPERATOR && before.text().equals("::");
        boolean qualifierOrCall = after != null && (after.is('.') || after.is('('));
        return !literalPrefix && !qualified && !typeName && !qualifierOrCall;
    }

    /** The nearest token that is no whitespace or comment before ({@code step} -1) or after (1) {@code at}. */
    private static SqlToken neighbour(List<SqlToken> tokens, int at, int step) {
        for (int i = at + step; i >= 0 && i < tokens.size(); i += step) {
            if (!tokens.get(i).isTrivia()) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** A bare identifier as PostgreSQL reads it: ASCII letters lower-cased, others kept. */
    private static String foldAscii(String identifier) {
        StringBuilder out = new StringBuilder(identifier.length());
        for (char c : identifier.toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }
}
