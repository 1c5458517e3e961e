package dev.shale.cli;

import java.io.PrintWriter;

/**
 * Where commands write: results to standard output, errors and warnings to standard error. With {@code --quiet}
 * only errors and the data a command was asked for ({@link #result}: JSON and other {@code --format} documents,
 * and the SQL of {@code diff} and {@code --dry-run}) are printed; text for people ({@link #line}, {@link #text},
 * progress lines) and warnings are not. Colour, when on, marks the error and warning prefixes and status words.
 */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean colour;

    /** A console that prints everything, without colour. */
    public Console(PrintWriter out, PrintWriter err) {
        this(out, err, false, false);
    }

    public Console(PrintWriter out, PrintWriter err, boolean quiet, boolean colour) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.colour = colour;
    }

    /** Whether text for people is left out ({@code --quiet}). */
    public boolean quiet() {
        return quiet;
    }

    /** A line of text for people; left out with {@code --quiet}. */
    public void line(String text) {
        if (!quiet) {
            out.println(text);
            out.flush();
        }
    }

    /** Text for people as it is, already ending with a line break; left out with {@code --quiet}. */
    public void text(String text) {
        if (!quiet) {
            out.print(text);
            out.flush();
        }
    }

    /** An empty line of text for people. */
    public void line() {
        line("");
    }

    /** The data the command was asked for (a JSON document, SQL to read): printed even with {@code --quiet}. */
    public void result(String text) {
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
    }

    /** A progress line, such as {@code applied 20261121093000_create_users (1.24 s)}: the status word coloured. */
    public void progress(String status, String rest) {
        line(Colour.paint(colour, Colour.GREEN, status) + " " + rest);
    }

    /** A warning on standard error; left out with {@code --quiet}. */
    public void warn(String text) {
        if (!quiet) {
            err.println(Colour.paint(colour, Colour.YELLOW, "warning:") + " " + text);
            err.flush();
        }
    }

    /** An error on standard error, with the fix on its own line; always printed. */
    public void error(String message, String fix) {
        err.println(Colour.paint(colour, Colour.RED, "error:") + " " + message);
        if (fix != null && !fix.isBlank()) {
            err.println("  fix: " + fix);
        }
        err.flush();
    }
}
