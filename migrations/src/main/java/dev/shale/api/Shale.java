package dev.shale.api;

import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.migrations.runner.Baseline;
import dev.shale.migrations.runner.ConnectionSource;
import dev.shale.migrations.runner.DependentsLookup;
import dev.shale.migrations.runner.Inspect;
import dev.shale.migrations.runner.MarkApplied;
import dev.shale.migrations.runner.Push;
import dev.shale.migrations.runner.Migrate;
import dev.shale.migrations.runner.Rollback;
import dev.shale.migrations.runner.Spell;
import dev.shale.migrations.runner.Status;
import dev.shale.migrations.runner.UnmanagedRecord;
import dev.shale.migrations.runner.connect.DataSourceConnections;
import dev.shale.migrations.runner.connect.UrlConnections;
import dev.shale.model.SchemaModel;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Shale's runner for applications and the CLI. An application migrates itself at start-up with
 * <pre>{@code
 * Shale.migrate(dataSource, MigrationSource.classpath("db/shale"));
 * }</pre>
 * and can serve {@link #status} from a health endpoint. With a {@link DataSource}, retrying a failed
 * connection is the data source's business; with a {@link DatabaseUrl} (the CLI), Shale retries
 * connection-refused failures ({@link RunnerSettings#connectRetries()}) and reads a missing password from
 * {@code PGPASSWORD} or {@code .pgpass}. Nothing is printed or logged: results are returned, failures are
 * thrown as {@link MigrationRefusedException} (nothing ran), {@link MigrationFailedException} (a migration
 * failed), {@link DatabaseException} (connecting, locking, history) or {@link BackupException}.
 */
public final class Shale {

    private Shale() {
    }

    /** Applies every pending migration with {@link MigrateOptions#DEFAULTS}. */
    public static MigrateResult migrate(DataSource dataSource, MigrationSource source) {
        return migrate(dataSource, source, MigrateOptions.DEFAULTS);
    }

    /** Applies pending migrations (or plans them, for a dry run). */
    public static MigrateResult migrate(DataSource dataSource, MigrationSource source, MigrateOptions options) {
        return new Migrate(new DataSourceConnections(dataSource), source, options).run();
    }

    /** Applies pending migrations on the database of a URL. */
    public static MigrateResult migrate(DatabaseUrl url, MigrationSource source, MigrateOptions options) {
        return new Migrate(connections(url, options.settings()), source, options).run();
    }

    /** Every migration's state, with {@link RunnerSettings#DEFAULTS}. */
    public static StatusReport status(DataSource dataSource, MigrationSource source) {
        return status(dataSource, source, RunnerSettings.DEFAULTS);
    }

    /** Every migration's state. */
    public static StatusReport status(DataSource dataSource, MigrationSource source, RunnerSettings settings) {
        return new Status(new DataSourceConnections(dataSource), source, settings).run();
    }

    /** Every migration's state, on the database of a URL. */
    public static StatusReport status(DatabaseUrl url, MigrationSource source, RunnerSettings settings) {
        return new Status(connections(url, settings), source, settings).run();
    }

    /** Rolls back the last batch (or as {@code options} say). */
    public static RollbackResult rollback(DataSource dataSource, MigrationSource source, RollbackOptions options) {
        return new Rollback(new DataSourceConnections(dataSource), source, options).run();
    }

    /** Rolls back, on the database of a URL. */
    public static RollbackResult rollback(DatabaseUrl url, MigrationSource source, RollbackOptions options) {
        return new Rollback(connections(url, options.settings()), source, options).run();
    }

    /**
     * Records that the database already has the schema of its migrations up to {@link BaselineOptions#version()}
     * (by default the first migration, a baseline written by {@code shale pull}) without running them, under the
     * migration lock. Refused when the history table has rows.
     */
    public static BaselineResult baseline(DataSource dataSource, MigrationSource source, BaselineOptions options) {
        return new Baseline(new DataSourceConnections(dataSource), source, options).run();
    }

    /** Records the baseline, on the database of a URL; see {@link #baseline(DataSource, MigrationSource, BaselineOptions)}. */
    public static BaselineResult baseline(DatabaseUrl url, MigrationSource source, BaselineOptions options) {
        return new Baseline(connections(url, options.settings()), source, options).run();
    }

    /**
     * Records one pending migration as applied without running it, after checking that the database shows its
     * effect: for a run that was interrupted after doing its work but before recording it. Under the migration lock,
     * in a new batch, with an execution time of 0. Refused ({@link MigrationRefusedException}, nothing changed) when
     * it is not the oldest pending migration, when the database's schema differs from
     * {@link MarkAppliedOptions#expected()} (every difference listed), or when the migration changes no schema,
     * unless {@link MarkAppliedOptions#force()}. Unlike {@link #baseline}, it works on a database with history.
     */
    public static BaselineResult markApplied(DataSource dataSource, MigrationSource source, MarkAppliedOptions options) {
        return new MarkApplied(new DataSourceConnections(dataSource), source, options).run();
    }

    /** Marks a migration applied, on the database of a URL; see {@link #markApplied(DataSource, MigrationSource, MarkAppliedOptions)}. */
    public static BaselineResult markApplied(DatabaseUrl url, MigrationSource source, MarkAppliedOptions options) {
        return new MarkApplied(connections(url, options.settings()), source, options).run();
    }

    /**
     * The model of a live database's {@code schemas} (every schema that is not PostgreSQL's own when
     * empty) and the objects in them the model does not describe. The history table of {@code settings}
     * is left out. Reads only.
     */
    public static IntrospectionResult introspect(DataSource dataSource, List<String> schemas, RunnerSettings settings) {
        return new Inspect(new DataSourceConnections(dataSource), schemas, settings).run();
    }

    /** The model of a live database, on the database of a URL; see {@link #introspect(DataSource, List, RunnerSettings)}. */
    public static IntrospectionResult introspect(DatabaseUrl url, List<String> schemas, RunnerSettings settings) {
        return new Inspect(connections(url, settings), schemas, settings).run();
    }

    /**
     * The objects Shale does not manage (views, triggers, functions, ...) created, dropped or changed since the last
     * {@code migrate} or {@code rollback} recorded them, in every schema that is not PostgreSQL's own. Reads only.
     */
    public static UnmanagedReport unmanagedChanges(DataSource dataSource, RunnerSettings settings) {
        return new UnmanagedRecord(new DataSourceConnections(dataSource), settings).report();
    }

    /** The unmanaged objects changed since the last record, on the database of a URL; see the method above. */
    public static UnmanagedReport unmanagedChanges(DatabaseUrl url, RunnerSettings settings) {
        return new UnmanagedRecord(connections(url, settings), settings).report();
    }

    /**
     * Warnings, as sentences, about the objects Shale does not manage (a view, a trigger ...) on a live database that
     * depend on a table or column that {@code statements} (file shown in messages -> its statements' SQL, not yet run)
     * drop or change the type of: the same warnings {@code migrate} gives before it runs them. Reads only.
     */
    public static List<String> unmanagedDependents(DatabaseUrl url, Map<String, List<String>> statements,
            RunnerSettings settings) {
        return new DependentsLookup(connections(url, settings), settings).warnings(statements);
    }

    /**
     * PostgreSQL's own spelling of {@code model}'s expressions (checks, defaults, generated columns, index keys
     * and predicates): the model is built from nothing in the database of {@code scratch}, which must not hold
     * its objects, read back from the catalog under the runner's pinned session settings, and rolled back. What
     * uses an object the model does not create (an extension's type or function) is left out and listed.
     *
     * @throws SpellingException when PostgreSQL refuses the model's SQL, naming the expression
     */
    public static SpellingResult spell(DatabaseUrl scratch, SchemaModel model,
            RunnerSettings settings) {
        return new Spell(connections(scratch, settings), settings).run(model);
    }

    /**
     * Runs {@code statements} straight on a database, outside the migration history: {@code shale push}, for
     * development databases. Under the migration lock, in one transaction (committed early only after an
     * enum value addition); a failure rolls back and is thrown as a {@link DatabaseException}.
     */
    public static PushResult push(DatabaseUrl url, List<String> statements, RunnerSettings settings) {
        return new Push(connections(url, settings), statements, settings).run();
    }

    private static ConnectionSource connections(DatabaseUrl url, RunnerSettings settings) {
        return new UrlConnections(url.withPasswordFrom(System.getenv()), settings.connectRetries(),
                settings.connectRetryDelay());
    }
}
