package dev.shale.cli;

/** A failure of a command, reported as one message with a fix and an exit code. */
public class CommandException extends RuntimeException {

    private final int exitCode;
    private final String fix;

    public CommandException(int exitCode, String message, String fix) {
        super(message);
        this.exitCode = exitCode;
        this.fix = fix;
    }

    public CommandException(int exitCode, String message, String fix, Throwable cause) {
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
