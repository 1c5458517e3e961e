package dev.shale.cli;

/** A failure the command line reports as one message with a fix, and an exit code. */
public class ShaleException extends RuntimeException {

    private final int exitCode;
    private final String fix;

    public ShaleException(int exitCode, String message, String fix) {
        super(message);
        this.exitCode = exitCode;
        this.fix = fix;
    }

    public ShaleException(int exitCode, String message, String fix, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.fix = fix;
    }

    /** The process exit code, one of {@link ExitCode}. */
    public int exitCode() {
        return exitCode;
    }

    /** What the user should do, or {@code null}. */
    public String fix() {
        return fix;
    }
}
