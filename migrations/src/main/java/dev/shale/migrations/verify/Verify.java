package dev.shale.migrations.verify;

import dev.shale.api.DatabaseException;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.FailedStatement;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.MigrationSource;
import dev.shale.api.RollbackOptions;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.diff.drift.Drift;
import dev.shale.diff.drift.DriftItem;
import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.migrations.introspect.UnmanagedObject;
import dev.shale.migrations.runner.source.LoadedSource;
import dev.shale.migrations.runner.source.SourceLoader;
import dev.shale.migrations.runner.source.SourceMigration;
import dev.shale.migrations.verify.VerifyFailure.Kind;
import dev.shale.migrations.verify.VerifyStep.Direction;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.NamedSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code verify}: replays a project's migrations on a {@link ThrowawayDatabase} and checks each against its
 * snapshot.
 * <ol>
 * <li>Reads the migrations (refusing, before any database exists, when they do not match {@code shale.sum})
 *     and the snapshots, and refuses when a migration has no snapshot {@code <version>_<name>.json}.</li>
 * <li>Applies the ups one at a time, in version order, with the runner ({@link Shale#migrate}, data-loss
 *     migrations allowed), and after each reads the database ({@link Shale#introspect}) and compares it with
 *     the migration's snapshot, as PostgreSQL spells it ({@link ReferenceModels}).</li>
 * <li>Applies the downs one at a time, newest first ({@link Shale#rollback}, forced, so that a down without
 *     statements is run as the no-op it is), comparing after each with the previous migration's snapshot, or
 *     after the first migration's down with the empty database.</li>
 * <li>Checks that no object the model does not describe (a view, a function, an extension, ...) is left.</li>
 * </ol>
 * Stops at the first file that fails or differs. The throwaway database is removed in every outcome; a failure
 * to remove it becomes a warning of the result (or is added to the run's own exception). Nothing is printed.
 */
public final class Verify {

    private final MigrationDirectory directory;
    private final DatabaseUrl devUrl;
    private final RunnerSettings settings;

    /**
     * @param devUrl the development server to create the throwaway database on, or null for an embedded
     *     PostgreSQL
     */
    public Verify(MigrationDirectory directory, DatabaseUrl devUrl, RunnerSettings settings) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.devUrl = devUrl;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Runs the verification.
     *
     * @throws MigrationRefusedException nothing ran: the files do not match {@code shale.sum}, a migration has
     *     no snapshot, a file cannot be read
     * @throws dev.shale.migrations.files.ProjectFileException a snapshot cannot be read
     * @throws DatabaseException the throwaway database could not be made or used (not a migration's fault)
     */
    public VerifyResult run() {
        MigrationSource source = MigrationSource.folder(directory.migrationsFolder());
        LoadedSource loaded = SourceLoader.load(source);
        loaded.requireIntact();
        Map<String, NamedSnapshot> snapshots = directory.readSnapshots().byStem();
        List<NamedSnapshot> expected = new ArrayList<>();
        for (SourceMigration migration : loaded.migrations()) {
            String stem = migration.versionText() + "_" + migration.name();
            NamedSnapshot snapshot = snapshots.get(stem);
            if (snapshot == null) {
                String missing = directory.display(directory.snapshotsFolder().resolve(stem + ".json"));
                throw new MigrationRefusedException(Reason.INVALID_FILE, missing, migration.up().display()
                        + " has no snapshot " + missing + ", so there is nothing to compare the database after it"
                        + " with. Nothing was run.", "restore " + missing + " from version control; write new"
                        + " migrations with shale generate or shale create, which write the snapshot too");
            }
            expected.add(snapshot);
        }
        expected.forEach(NamedSnapshot::snapshot); // each read and verified before a database is made
        if (loaded.migrations().isEmpty()) {
            return new VerifyResult("", 0, List.of(), null, List.of());
        }
        ThrowawayDatabase database = ThrowawayDatabase.open(devUrl, settings);
        VerifyResult result;
        try {
            result = new Replay(source, loaded.migrations(), expected, database).run();
        } catch (RuntimeException | Error e) {
            try {
                database.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        try {
            database.close();
        } catch (DatabaseException e) {
            result = result.withWarning(e.getMessage());
        }
        return result;
    }

    /** The replay on one throwaway database. */
    private final class Replay {

        private final MigrationSource source;
        private final List<SourceMigration> migrations;
        private final List<NamedSnapshot> snapshots;
        private final ThrowawayDatabase database;
        private final DatabaseUrl url;
        private final ReferenceModels references;
        private final List<VerifyStep> steps = new ArrayList<>();

        Replay(MigrationSource source, List<SourceMigration> migrations, List<NamedSnapshot> snapshots,
                ThrowawayDatabase database) {
            this.source = source;
            this.migrations = migrations;
            this.snapshots = snapshots;
            this.database = database;
            this.url = database.url();
            this.references = new ReferenceModels(database.referenceUrl(), settings);
        }

        VerifyResult run() {
            for (int i = 0; i < migrations.size(); i++) {
                SourceMigration migration = migrations.get(i);
                long start = System.nanoTime();
                try {
                    Shale.migrate(url, source, MigrateOptions.DEFAULTS.withTo(migration.versionText())
                            .withAllowDataLoss(true).withSettings(settings));
                } catch (MigrationFailedException e) {
                    return failed(Direction.UP, migration, migration.up().display(), e);
                }
                VerifyFailure differs = compare(Direction.UP, migration, migration.up().display(), snapshots.get(i), start);
                if (differs != null) {
                    return result(differs);
                }
            }
            for (int i = migrations.size() - 1; i >= 0; i--) {
                SourceMigration migration = migrations.get(i);
                if (migration.down() == null) {
                    return result(new VerifyFailure(Kind.NO_DOWN_FILE, Direction.DOWN, migration.versionText(),
                            migration.up().display(), null, List.of(), null));
                }
                long start = System.nanoTime();
                try {
                    Shale.rollback(url, source, RollbackOptions.DEFAULTS.withSteps(1).withForce(true)
                            .withSettings(settings));
                } catch (MigrationFailedException e) {
                    return failed(Direction.DOWN, migration, migration.down().display(), e);
                }
                VerifyFailure differs = compare(Direction.DOWN, migration, migration.down().display(),
                        i == 0 ? null : snapshots.get(i - 1), start);
                if (differs != null) {
                    return result(differs);
                }
            }
            List<UnmanagedObject> left = Shale.introspect(url, List.of(), settings).unmanaged();
            if (!left.isEmpty()) {
                return result(new VerifyFailure(Kind.LEFT_BEHIND, null, null, null, null,
                        left.stream().map(UnmanagedObject::toString).toList(), null));
            }
            return result(null);
        }

        /** Reads the database, records the step when it matches, and returns the failure when it does not. */
        private VerifyFailure compare(Direction direction, SourceMigration migration, String file,
                NamedSnapshot snapshot, long start) {
            IntrospectionResult actual = Shale.introspect(url, List.of(), settings);
            String comparedWith = snapshot == null ? null : snapshot.fileName();
            SchemaModel wanted;
            try {
                wanted = references.of(snapshot);
            } catch (ReferenceModels.BuildFailure e) {
                return new VerifyFailure(Kind.SNAPSHOT_FAILED, direction, migration.versionText(), comparedWith,
                        comparedWith, List.of(), e.getMessage());
            }
            List<String> differences = Drift.between(actual.model(), wanted).items().stream()
                    .map(DriftItem::message).toList();
            if (!differences.isEmpty()) {
                return new VerifyFailure(Kind.DIFFERS, direction, migration.versionText(), file, comparedWith,
                        differences, null);
            }
            steps.add(new VerifyStep(direction, migration.versionText(), migration.name(), file, comparedWith,
                    (System.nanoTime() - start) / 1_000_000));
            return null;
        }

        private VerifyResult failed(Direction direction, SourceMigration migration, String file,
                MigrationFailedException e) {
            return result(new VerifyFailure(Kind.FAILED, direction, migration.versionText(), file, null, List.of(),
                    error(file, e)));
        }

        private VerifyResult result(VerifyFailure failure) {
            return new VerifyResult(database.description(), migrations.size(), steps, failure, List.of());
        }
    }

    /** The failing statement and PostgreSQL's error, without the runner's words about transactions and history. */
    private static String error(String file, MigrationFailedException e) {
        StringBuilder out = new StringBuilder();
        FailedStatement statement = e.statement().orElse(null);
        if (statement != null) {
            out.append("statement ").append(statement.index()).append(" (line ").append(statement.line())
                    .append("): ").append(statement.firstLine());
        } else {
            out.append("while recording it in the history table");
        }
        out.append("\nPostgreSQL: ").append(e.error().message());
        e.error().sqlStateIfKnown().ifPresent(state -> out.append(" (SQLSTATE ").append(state).append(')'));
        e.error().detailIfAny().ifPresent(detail -> out.append("\nDetail: ").append(detail));
        e.error().hintIfAny().ifPresent(hint -> out.append("\nHint: ").append(hint));
        if (statement != null && statement.errorLine() > 0) {
            out.append("\nPosition: line ").append(statement.errorLine()).append(" of ").append(file);
        }
        return out.toString();
    }
}
