package dev.shale.cli;

import dev.shale.api.ExecutedMigration;
import dev.shale.api.LockRetry;
import dev.shale.api.RunListener;
import java.util.Locale;

/**
 * What {@code migrate} and {@code rollback} print while they run: one line per migration as it finishes, such as
 * {@code applied 20261121093000_create_users (1.24 s)} (text format only; {@code --quiet} leaves them out), a
 * warning for each retry after a lock timeout, and the run's warnings (an unmanaged view on a dropped column).
 */
final class RunProgress implements RunListener {

    private final Console console;
    private final String verb;
    private final boolean lines;

    /**
     * @param verb  the status word of a finished migration: {@code applied}, {@code rolled back}
     * @param lines whether to print the progress lines (not in JSON)
     */
    RunProgress(Console console, String verb, boolean lines) {
        this.console = console;
        this.verb = verb;
        this.lines = lines;
    }

    @Override
    public void lockRetry(LockRetry retry) {
        console.warn(retry.describe());
    }

    @Override
    public void warning(String message) {
        console.warn(message);
    }

    @Override
    public void migrationFinished(ExecutedMigration migration) {
        if (lines) {
            console.progress(verb, line(migration));
        }
    }

    /** {@code 20261121093000_create_users (1.24 s)}. */
    static String line(ExecutedMigration migration) {
        return migration.version() + "_" + migration.name() + " ("
                + String.format(Locale.ROOT, "%.2f s", migration.executionMs() / 1000.0) + ")";
    }
}
