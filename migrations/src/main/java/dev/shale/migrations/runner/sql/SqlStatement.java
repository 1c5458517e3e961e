package dev.shale.migrations.runner.sql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One statement of a {@link SqlScript}: its 1-based index among the script's statements, the 1-based
 * line it starts on, its text (leading comments and the terminating {@code ;} removed), its first
 * few tokens (bare words upper-cased), which is enough to recognise a statement's kind, and the names
 * written right before a {@code (} outside strings and comments (upper-cased, a quoted name unquoted; the
 * last part of a qualified name), which include every function it calls.
 */
public record SqlStatement(int index, int line, String sql, List<String> leadingTokens, Set<String> calls) {

    private static final int FIRST_LINE_LIMIT = 160;

    /** Commands that never return rows; data changes only without {@code RETURNING}. */
    private static final Set<String> ROWLESS = Set.of("CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE",
            "TRUNCATE", "SET", "RESET", "DO", "REFRESH", "ANALYZE", "REINDEX", "CLUSTER", "LOCK", "SECURITY", "NOTIFY",
            "IMPORT");
    private static final Set<String> DATA_CHANGES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
    /** Commands that leave the rows and values of existing tables as they are. */
    private static final Set<String> ROWS_KEPT = Set.of("CREATE", "COMMENT", "GRANT", "REVOKE", "SET", "RESET",
            "ANALYZE", "REINDEX", "CLUSTER", "LOCK", "NOTIFY", "SECURITY", "VACUUM");
    private static final Pattern RETURNING = Pattern.compile("\\bRETURNING\\b", Pattern.CASE_INSENSITIVE);

    public SqlStatement {
        if (index < 1) {
            throw new IllegalArgumentException("index must be 1 or more: " + index);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
        Objects.requireNonNull(sql, "sql");
        leadingTokens = List.copyOf(leadingTokens);
        calls = Set.copyOf(calls);
    }

    /** A statement that calls no function (one the runner adds, not read from a file). */
    public SqlStatement(int index, int line, String sql, List<String> leadingTokens) {
        this(index, line, sql, leadingTokens, Set.of());
    }

    /** The statement's first line, trimmed, cut at {@value #FIRST_LINE_LIMIT} characters, for messages. */
    public String firstLine() {
        int newline = sql.indexOf('\n');
        String first = (newline < 0 ? sql : sql.substring(0, newline)).strip();
        return first.length() <= FIRST_LINE_LIMIT ? first : first.substring(0, FIRST_LINE_LIMIT) + "...";
    }

    /**
     * Whether this is {@code ALTER TYPE ... ADD VALUE}: PostgreSQL refuses to use the new label in the
     * transaction that added it, so the runner commits right after such a statement.
     */
    public boolean isEnumValueAddition() {
        if (leadingTokens.size() < 4 || !leadingTokens.get(0).equals("ALTER") || !leadingTokens.get(1).equals("TYPE")) {
            return false;
        }
        for (int i = 2; i + 1 < leadingTokens.size(); i++) {
            if (leadingTokens.get(i).equals("ADD") && leadingTokens.get(i + 1).equals("VALUE")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement may return rows, as far as its first word tells: anything but a command known to
     * return none ({@code CREATE}, {@code ALTER}, {@code DROP}, {@code COMMENT}, {@code GRANT}, {@code SET},
     * {@code DO}, ...) and {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code MERGE} whose text has no
     * {@code RETURNING} (even in a string: when in doubt, it may). A JDBC batch fetches at most one row of each
     * statement, which would stop a {@code SELECT f(x) FROM t} after its first row, so these run on their own.
     */
    public boolean mayReturnRows() {
        if (leadingTokens.isEmpty()) {
            return true;
        }
        String first = leadingTokens.get(0);
        if (ROWLESS.contains(first)) {
            return false;
        }
        return !DATA_CHANGES.contains(first) || RETURNING.matcher(sql).find();
    }

    /**
     * Whether the statement may change the rows or values of existing tables, as far as its first word tells:
     * anything but a command known to keep them ({@code CREATE}, {@code COMMENT}, {@code GRANT}, {@code SET},
     * {@code ANALYZE}, ...). {@code ALTER} and {@code DROP} may (a type conversion, a dropped column or table), and so
     * may a {@code DO} block, a {@code SELECT} (it may call a function that writes) or anything unknown.
     */
    public boolean mayChangeRows() {
        return leadingTokens.isEmpty() || !ROWS_KEPT.contains(leadingTokens.get(0));
    }

    /** Whether the statement starts with these bare words, compared case-insensitively. */
    public boolean startsWith(String... words) {
        if (leadingTokens.size() < words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!leadingTokens.get(i).equals(words[i].toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
