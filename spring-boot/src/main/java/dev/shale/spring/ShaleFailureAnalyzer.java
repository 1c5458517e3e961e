package dev.shale.spring;

import dev.shale.api.DatabaseException;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.ShaleException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed or refused start-up migration into Spring Boot's "APPLICATION FAILED TO START" report: the
 * description is Shale's message (the migration, the statement, PostgreSQL's error), the action its fix.
 * Registered in {@code META-INF/spring.factories}.
 */
class ShaleFailureAnalyzer extends AbstractFailureAnalyzer<ShaleException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ShaleException cause) {
        return new FailureAnalysis(description(cause), action(cause), cause);
    }

    static String description(ShaleException cause) {
        if (cause instanceof MigrationRefusedException refused) {
            return "Shale refused to migrate the database at start-up; nothing ran.\n" + refused.description();
        }
        if (cause instanceof MigrationFailedException failed) {
            String committed = failed.committedVersions().isEmpty() ? ""
                    : "\nCommitted before the failure, and kept: " + String.join(", ", failed.committedVersions());
            return "Shale could not migrate the database at start-up.\n" + failed.getMessage() + committed;
        }
        return "Shale could not migrate the database at start-up.\n" + cause.getMessage();
    }

    static String action(ShaleException cause) {
        if (cause instanceof MigrationRefusedException refused) {
            return "Fix: " + refused.fix() + ", then start the application again.";
        }
        if (cause instanceof DatabaseException database) {
            return "Fix: " + database.hint() + ", then start the application again (migrations that failed were"
                    + " rolled back and are retried).";
        }
        return "Fix what the message names, then start the application again.";
    }
}
