package dev.shale.migrations.files;

import java.util.Objects;

/**
 * A file in the migrations or snapshots folder that Shale does not recognise: its path relative to
 * the project, why (a sentence naming the path) and the fix.
 */
public record StrayFile(String path, String reason, String fix) {

    public StrayFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(fix, "fix");
    }

    /** {@code reason Fix: fix}. */
    @Override
    public String toString() {
        return reason + " Fix: " + fix;
    }
}
