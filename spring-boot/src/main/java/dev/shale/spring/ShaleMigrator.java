package dev.shale.spring;

import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationSource;
import dev.shale.api.Shale;
import dev.shale.api.StatusReport;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The application's Shale: its {@link DataSource}, migration source and options. The start-up migration, the
 * health indicator and the {@code shale} endpoint all use this bean; a {@link ShaleMigrationStrategy} receives it.
 */
public final class ShaleMigrator {

    private final DataSource dataSource;
    private final MigrationSource source;
    private final MigrateOptions options;
    private final boolean failOnMissingLocations;

    public ShaleMigrator(DataSource dataSource, MigrationSource source, MigrateOptions options,
            boolean failOnMissingLocations) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
        this.failOnMissingLocations = failOnMissingLocations;
    }

    /** Applies the pending migrations with the configured options. */
    public MigrateResult migrate() {
        return migrate(options);
    }

    /** Applies (or, for a dry run, plans) pending migrations with other options. */
    public MigrateResult migrate(MigrateOptions other) {
        return Shale.migrate(dataSource, source, other);
    }

    /** Every migration's state. */
    public StatusReport status() {
        return Shale.status(dataSource, source, options.settings());
    }

    /** The database migrated. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Where the migrations are read from. */
    public MigrationSource source() {
        return source;
    }

    /** The options {@link #migrate()} runs with. */
    public MigrateOptions options() {
        return options;
    }

    /** Whether a missing migration location stops start-up ({@code shale.fail-on-missing-locations}). */
    public boolean failOnMissingLocations() {
        return failOnMissingLocations;
    }
}
