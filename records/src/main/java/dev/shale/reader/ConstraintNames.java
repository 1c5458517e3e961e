package dev.shale.reader;

import dev.shale.model.Identifiers;
import dev.shale.model.IndexKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL itself gives constraints and indexes declared without one
 * ({@code users_pkey}, {@code users_email_key}, {@code users_email_idx}, ...), cut to 63 bytes the
 * way PostgreSQL cuts them.
 */
final class ConstraintNames {

    private static final Pattern CASE = Pattern.compile("(?is)case\\b.*\\bend");
    private static final Pattern ARRAY = Pattern.compile("(?is)array\\s*\\[.*]");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)*");

    private ConstraintNames() {
    }

    /** {@code <table>_pkey}. */
    static String primaryKey(String table) {
        return Identifiers.objectName(table, null, "pkey");
    }

    /** {@code <table>_<columns>_key}. */
    static String unique(String table, List<String> columns) {
        return Identifiers.objectName(table, Identifiers.joinForName(columns), "key");
    }

    /** {@code <table>_<column>_check}, or {@code <table>_check} for a table check; {@code number > 0} appends it to the label. */
    static String check(String table, String column, int number) {
        return Identifiers.objectName(table, column, number == 0 ? "check" : "check" + number);
    }

    /** {@code <table>_<columns>_fkey}; {@code number > 0} appends it to the label. */
    static String foreignKey(String table, List<String> columns, int number) {
        return Identifiers.objectName(table, Identifiers.joinForName(columns), number == 0 ? "fkey" : "fkey" + number);
    }

    /** {@code <table>_<keys>_idx}, for unique indexes too, naming expression keys as PostgreSQL does. */
    /** PostgreSQL's name of an exclusion constraint: {@code <table>_<element columns>_excl}. */
    static String exclusion(String table, List<IndexKey> keys) {
        return Identifiers.objectName(table, Identifiers.joinForName(keyNames(keys)), "excl");
    }

    static String index(String table, List<IndexKey> keys) {
        return Identifiers.objectName(table, Identifiers.joinForName(keyNames(keys)), "idx");
    }

    /**
     * PostgreSQL's index column names: a column's name; for an expression, the function called
     * ({@code lower(email)} gives {@code lower}), the column it is ({@code (email)}), or {@code expr};
     * a name already taken gets a number ({@code lower1}).
     */
    static List<String> keyNames(List<IndexKey> keys) {
        List<String> names = new ArrayList<>();
        for (IndexKey key : keys) {
            String original = key.expression() ? expressionName(key.text()) : key.text();
            String name = original;
            for (int i = 1; names.contains(name); i++) {
                String suffix = Integer.toString(i);
                name = Identifiers.clip(original, Identifiers.MAX_BYTES - suffix.length()) + suffix;
            }
            names.add(name);
        }
        return names;
    }

    /**
     * The name PostgreSQL's FigureIndexColname gives an expression key, in its common cases: a column,
     * a function call, a cast of either (else the type's name), CASE and ARRAY; {@code expr} otherwise.
     */
    static String expressionName(String sql) {
        String name = figure(unwrap(sql.trim()));
        return name == null ? "expr" : name;
    }

    private static String figure(String sql) {
        int cast = topLevel(sql, "::");
        if (cast >= 0) {
            String left = figure(unwrap(sql.substring(0, cast).trim()));
            String type = sql.substring(cast + 2).trim();
            return left != null ? left : IDENTIFIER.matcher(type).matches() ? lastPart(type) : null;
        }
        if (IDENTIFIER.matcher(sql).matches()) {
            return lastPart(sql);
        }
        if (CASE.matcher(sql).matches()) {
            return "case";
        }
        if (ARRAY.matcher(sql).matches()) {
            return "array";
        }
        int open = sql.indexOf('(');
        if (open > 0 && IDENTIFIER.matcher(sql.substring(0, open).trim()).matches()
                && closing(sql, open) == sql.length() - 1) {
            return lastPart(sql.substring(0, open).trim());
        }
        return null;
    }

    private static String lastPart(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** Strips parentheses around the whole expression. */
    private static String unwrap(String sql) {
        while (sql.startsWith("(") && closing(sql, 0) == sql.length() - 1) {
            sql = sql.substring(1, sql.length() - 1).trim();
        }
        return sql;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    private static int closing(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = sql.indexOf(c, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of {@code token} outside parentheses and quotes; -1 if none. */
    private static int topLevel(String sql, String token) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                i = end < 0 ? sql.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && sql.startsWith(token, i)) {
                found = i;
                i += token.length() - 1;
            }
        }
        return found;
    }
}
