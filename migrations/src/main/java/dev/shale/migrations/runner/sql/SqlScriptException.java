package dev.shale.migrations.runner.sql;

/** A script that cannot be split: an unterminated quote, comment or dollar-quoted string; names the line. */
public final class SqlScriptException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public SqlScriptException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The 1-based line where the offending construct starts. */
    public int line() {
        return line;
    }
}
