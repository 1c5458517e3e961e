package dev.shale.sql;

/** SQL text that cannot be split into tokens: an unterminated string, quoted identifier, dollar quote or comment. */
public final class SqlSyntaxException extends RuntimeException {

    private final SqlToken.Kind kind;
    private final String problem;
    private final int offset;

    public SqlSyntaxException(SqlToken.Kind kind, String problem, int offset) {
        super(problem + " (starting at character " + (offset + 1) + ")");
        this.kind = kind;
        this.problem = problem;
        this.offset = offset;
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
}
