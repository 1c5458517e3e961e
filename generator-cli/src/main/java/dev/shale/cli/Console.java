package dev.shale.cli;

import java.io.PrintWriter;

/** Where commands write: results to standard output, errors and warnings to standard error. */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;

    public Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** A line of results. */
    public void line(String text) {
        out.println(text);
        out.flush();
    }

    /** Results as they are, already ending with a line break. */
    public void text(String text) {
        out.print(text);
        out.flush();
    }

    /** An empty line of results. */
    public void line() {
        line("");
    }

    /** A warning on standard error. */
    public void warn(String text) {
        err.println("warning: " + text);
        err.flush();
    }

    /** An error on standard error, with the fix on its own line. */
    public void error(String message, String fix) {
        err.println("error: " + message);
        if (fix != null && !fix.isBlank()) {
            err.println("  fix: " + fix);
        }
        err.flush();
    }
}
