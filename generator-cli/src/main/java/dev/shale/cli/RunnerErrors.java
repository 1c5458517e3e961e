package dev.shale.cli;

import dev.shale.api.BackupException;
import dev.shale.api.DatabaseException;
import dev.shale.api.MigrationRefusedException;

/**
 * Describes the runner's typed failures for the console: a refusal (nothing ran) and a backup that
 * could not be made exit with 2, except a failed pre-flight data check, which exits with 8; a database failure
 * with 3, and {@code pg_dump} itself failing (usually the connection) with 3 too. A database failure's message already names the file, the
 * statement, PostgreSQL's message, detail, hint and position, the error class and its recovery hint.
 */
final class RunnerErrors {

    /** A message, its fix (or null when the message holds it) and the exit code. */
    record Reported(String message, String fix, int exitCode) {
    }

    private RunnerErrors() {
    }

    /** The report of a runner failure, or {@code null} when {@code exception} is not one. */
    static Reported describe(Exception exception) {
        if (exception instanceof MigrationRefusedException e) {
            return new Reported(e.description(), e.fix(),
                    e.reason() == MigrationRefusedException.Reason.DATA_CHECK ? ExitCode.DATA_CHECK : ExitCode.USAGE);
        }
        if (exception instanceof DatabaseException e) {
            return new Reported(e.getMessage(), null, ExitCode.DATABASE);
        }
        if (exception instanceof BackupException e) {
            String message = e.getMessage();
            String suffix = " Fix: " + e.fix();
            if (message.endsWith(suffix)) {
                message = message.substring(0, message.length() - suffix.length());
            }
            int code = e.reason() == BackupException.Reason.PG_DUMP_FAILED ? ExitCode.DATABASE : ExitCode.USAGE;
            return new Reported(message, e.fix(), code);
        }
        return null;
    }
}
