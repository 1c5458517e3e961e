package dev.shale.snapshot;

import java.util.Objects;

/** A Shale file (snapshot or sum file) whose content cannot be accepted; names the file and the fix. */
public abstract class FileContentException extends RuntimeException {

    private final String source;
    private final String problem;
    private final String fix;

    protected FileContentException(String source, String problem, String fix, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem") + " Fix: " + Objects.requireNonNull(fix, "fix"), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.problem = problem;
        this.fix = fix;
    }

    /** The file's name as the caller gave it, for messages: {@code snapshots/20261121093000_create_users.json}. */
    public String source() {
        return source;
    }

    /** What is wrong, naming the file, without the fix. */
    public String problem() {
        return problem;
    }

    /** What the user should do about it. */
    public String fix() {
        return fix;
    }
}
