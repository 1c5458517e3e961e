package dev.shale.cli.check;

import java.util.List;
import java.util.Objects;

/**
 * One thing {@code shale check} reports: its outcome (which gives the exit code), a sentence naming what
 * is wrong, the files involved (relative to the project) and the fix.
 */
public record Finding(CheckOutcome outcome, String message, List<String> files, String fix) {

    public Finding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        files = List.copyOf(files);
        Objects.requireNonNull(fix, "fix");
    }

    /** The first file involved, or {@code null}. */
    public String file() {
        return files.isEmpty() ? null : files.get(0);
    }
}
