package dev.shale.migrations.runner.sql;

/**
 * A script that cannot be split (an unterminated quote, comment or dollar-quoted string), a header line that
 * cannot be read, or a control statement the header does not allow; names the line.
 */
public final class SqlScriptException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String fix;

    public SqlScriptException(int line, String message) {
        this(line, message, null);
    }

    /** A problem with its own fix, where the caller's general one would not do. */
    public SqlScriptException(int line, String message, String fix) {
        super(message);
        this.line = line;
        this.fix = fix;
    }

    /** The fix, when this problem has its own. */
    public java.util.Optional<String> fix() {
        return java.util.Optional.ofNullable(fix);
    }

    /** The 1-based line where the offending construct starts. */
    public int line() {
        return line;
    }
}
