package dev.shale.spring;

/**
 * What start-up does with the {@link ShaleMigrator} instead of {@link ShaleMigrator#migrate()}, like Spring Boot's
 * {@code FlywayMigrationStrategy}: declare a bean to plan only (a dry run), to log the status, or to migrate under
 * conditions of your own. An exception it throws stops the application.
 */
@FunctionalInterface
public interface ShaleMigrationStrategy {

    /** Runs the start-up migration. */
    void migrate(ShaleMigrator shale);
}
