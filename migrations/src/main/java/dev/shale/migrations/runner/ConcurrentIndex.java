package dev.shale.migrations.runner;

import dev.shale.migrations.runner.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON [ONLY] table} statement, read from its leading
 * tokens, made safe to run again: a build that was killed or failed leaves an INVALID index of that name, which
 * {@link #prepare} drops ({@code DROP INDEX CONCURRENTLY}) so the statement builds it anew; a VALID one counts as
 * built, and the statement is skipped.
 */
record ConcurrentIndex(String name, String table) {

    /** The index a statement builds concurrently, if it is such a statement with a name. */
    static Optional<ConcurrentIndex> of(SqlStatement statement) {
        List<String> tokens = statement.leadingTokens();
        int i = 0;
        if (!at(tokens, i++, "CREATE")) {
            return Optional.empty();
        }
        if (at(tokens, i, "UNIQUE")) {
            i++;
        }
        if (!at(tokens, i++, "INDEX") || !at(tokens, i++, "CONCURRENTLY")) {
            return Optional.empty();
        }
        if (at(tokens, i, "IF") && at(tokens, i + 1, "NOT") && at(tokens, i + 2, "EXISTS")) {
            i += 3;
        }
        if (i >= tokens.size() || at(tokens, i, "ON")) {
            return Optional.empty();
        }
        String name = identifier(tokens.get(i++));
        if (name == null || !at(tokens, i++, "ON")) {
            return Optional.empty();
        }
        if (at(tokens, i, "ONLY")) {
            i++;
        }
        if (i >= tokens.size() || identifier(tokens.get(i)) == null) {
            return Optional.empty();
        }
        String table = quote(identifier(tokens.get(i)));
        if (at(tokens, i + 1, ".")) {
            if (i + 2 >= tokens.size() || identifier(tokens.get(i + 2)) == null) {
                return Optional.empty();
            }
            table += "." + quote(identifier(tokens.get(i + 2)));
        }
        return Optional.of(new ConcurrentIndex(name, table));
    }

    /**
     * Drops an INVALID index of this name in the table's schema; returns whether the statement still has to run (no
     * VALID index of this name there).
     */
    boolean prepare(Connection connection, Statement statement) throws SQLException {
        String schema = null;
        Boolean valid = null;
        try (PreparedStatement query = connection.prepareStatement("SELECT n.nspname, i.indisvalid FROM pg_class c"
                + " JOIN pg_index i ON i.indexrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relname = ? AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid ="
                + " to_regclass(?))")) {
            query.setString(1, name);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    schema = rows.getString(1);
                    valid = rows.getBoolean(2);
                }
            }
        }
        if (valid == null) {
            return true;
        }
        if (valid) {
            return false;
        }
        statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + quote(schema) + "." + quote(name));
        return true;
    }

    /** A name token as PostgreSQL reads it: a bare word folded to lower case, a quoted one unquoted; else null. */
    private static String identifier(String token) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        if (token.isEmpty() || !(Character.isLetter(token.charAt(0)) || token.charAt(0) == '_')) {
            return null;
        }
        return token.toLowerCase(Locale.ROOT);
    }

    private static boolean at(List<String> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).equals(word);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
