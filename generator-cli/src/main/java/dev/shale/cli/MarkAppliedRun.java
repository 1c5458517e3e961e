package dev.shale.cli;

import dev.shale.api.MarkAppliedOptions;
import dev.shale.api.Shale;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.files.SnapshotListing;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.NamedSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code shale migrate --mark-applied VERSION}: records one pending migration as applied without running it, once
 * the database matches its snapshot (see {@link dev.shale.migrations.runner.MarkApplied}); reads that snapshot and
 * the one before it, and prints like {@code --baseline}.
 */
final class MarkAppliedRun {

    private MarkAppliedRun() {
    }

    /** Runs {@code migrate --mark-applied} for {@code command}'s options. */
    static int run(Console console, DatabaseOptions.Target target, MigrateCommand command) {
        List<String> others = new ArrayList<>();
        if (command.baseline != null) {
            others.add("--baseline");
        }
        BaselineRun.refuseRunOptions(command, "--mark-applied", others);
        String version = command.markApplied;
        if (!MigrationVersion.isValid(version)) {
            throw new CommandException(ExitCode.USAGE, "--mark-applied needs a migration version of 14 digits"
                    + " (YYYYMMDDHHMMSS), not \"" + version + "\"; nothing was changed",
                    "give the version that starts the migration's file name; see shale status");
        }
        MigrationDirectory directory = target.config().migrationDirectory();
        SnapshotListing listing = directory.readSnapshots();
        List<NamedSnapshot> snapshots = listing.snapshots();
        NamedSnapshot expected = listing.forVersion(version).orElseThrow(() -> noSnapshot(directory, version));
        int index = snapshots.indexOf(expected);
        SchemaModel before = index == 0 ? SchemaModel.EMPTY : snapshots.get(index - 1).snapshot().schema();
        MarkAppliedOptions options = new MarkAppliedOptions(version, expected.snapshot().schema(), before,
                expected.fileName(), command.force, command.dryRun, command.database.settings(command.lock.lockWait),
                expected.snapshot().postgresSpelling());
        BaselineRun.print(console, command.format, "mark-applied", Shale.markApplied(target.url(), target.source(),
                options), target.url().redacted());
        return ExitCode.OK;
    }

    private static CommandException noSnapshot(MigrationDirectory directory, String version) {
        boolean exists = directory.listMigrations().migrations().stream()
                .anyMatch(m -> m.version().toString().equals(version));
        String snapshots = directory.display(directory.snapshotsFolder());
        return exists
                ? new CommandException(ExitCode.USAGE, "migration " + version + " has no snapshot in " + snapshots
                        + ", so the database cannot be checked against it; nothing was changed",
                        "restore its snapshot from version control; --mark-applied needs the schema the migration leads to")
                : new CommandException(ExitCode.USAGE, "no migration in " + directory.display(directory.migrationsFolder())
                        + " has the version " + version + "; nothing was changed",
                        "give the version of a pending migration (the 14 digits that start its file name); see shale status");
    }
}
