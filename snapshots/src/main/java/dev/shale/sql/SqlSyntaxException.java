package dev.shale.sql;

/**
 * SQL text that cannot be split into tokens: an unterminated string, quoted identifier, dollar quote or comment.
 * Carries the kind of token left open, what is wrong, where it starts (offset, and line and column) and the text.
 */
public final class SqlSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SqlToken.Kind kind;
    private final String problem;
    private final int offset;
    private final String sql;

    public SqlSyntaxException(SqlToken.Kind kind, String problem, int offset, String sql) {
        super(problem + " (starting at character " + (offset + 1) + ")");
        this.kind = kind;
        this.problem = problem;
        this.offset = offset;
        this.sql = sql;
    }

    /** The kind of token left open: a string, a quoted identifier, a dollar-quoted string or a block comment. */
    public SqlToken.Kind kind() {
        return kind;
    }

    /** What is unterminated, such as {@code "an unterminated quoted string"}. */
    public String problem() {
        return problem;
    }

    /** Where the unterminated token starts, as a char offset from 0. */
    public int offset() {
        return offset;
    }

    /** The text that was being split. */
    public String sql() {
        return sql;
    }

    /** The line, from 1, where the unterminated token starts (lines end at {@code \n}). */
    public int line() {
        int line = 1;
        for (int i = 0; i < offset && i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The column, from 1 in chars, where the unterminated token starts. */
    public int column() {
        return offset - (sql.lastIndexOf('\n', offset - 1) + 1) + 1;
    }
}
