package dev.shale.maven;

import dev.shale.cli.ExitCode;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns {@code shale}'s exit codes into Maven's two failures: what the project must fix (findings, a pre-flight data
 * check) fails the build with a {@link MojoFailureException}; what kept the goal from running (usage, configuration,
 * declaration, database or internal error) is a {@link MojoExecutionException}.
 */
final class ExitCodes {

    /** {@code shale}'s exit code of an internal error. */
    static final int INTERNAL = 70;

    private ExitCodes() {
    }

    /**
     * Throws the failure of exit code {@code code}; returns for 0.
     *
     * @param goal    the goal, for the message
     * @param message what {@code shale} printed about the failure
     */
    static void check(String goal, int code, String message) throws MojoExecutionException, MojoFailureException {
        if (code == ExitCode.OK) {
            return;
        }
        String text = "shale " + goal + " failed (exit code " + code + "): " + message;
        if (isExecutionError(code)) {
            throw new MojoExecutionException(text);
        }
        throw new MojoFailureException(text);
    }

    /**
     * Whether an exit code says the goal could not run (2 usage or configuration, 3 database, 70 internal) rather
     * than what it found (1 findings, check's 4 to 7, 8 a pre-flight data check).
     */
    static boolean isExecutionError(int code) {
        return code == ExitCode.USAGE || code == ExitCode.DATABASE || code == INTERNAL;
    }
}
