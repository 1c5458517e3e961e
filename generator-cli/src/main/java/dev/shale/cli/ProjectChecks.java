package dev.shale.cli;

import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationFile;
import dev.shale.migrations.runner.source.ScriptChecks;
import dev.shale.migrations.runner.source.SourceProblem;
import dev.shale.snapshot.SumMismatch;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses to build on a project whose migrations do not match {@code shale.sum}, and to accept into it
 * migration files that {@code migrate} would refuse to read.
 */
final class ProjectChecks {

    private ProjectChecks() {
    }

    /**
     * Throws a usage error when the migrations folder is a file, a broken link or anything but a folder (a missing
     * one is created when written), or listing every sum mismatch.
     */
    static void requireIntact(MigrationDirectory directory) {
        if (Files.exists(directory.migrationsFolder(), LinkOption.NOFOLLOW_LINKS)) {
            directory.requireMigrationsFolder(); // a missing one is made by the first write
        }
        List<SumMismatch> mismatches = directory.verifySum();
        if (!mismatches.isEmpty()) {
            throw new CommandException(ExitCode.USAGE,
                    "migrations do not match " + directory.display(directory.sumFile()) + "; nothing was written:\n"
                            + mismatches.stream().map(m -> "  " + m.message()).collect(Collectors.joining("\n")),
                    mismatches.get(0).fix());
        }
    }

    /**
     * Throws a usage error listing every migration file {@code migrate} or {@code rollback} would refuse to read
     * (see {@link ScriptChecks}), or when the migrations folder is missing or no folder.
     */
    static void requireRunnable(MigrationDirectory directory) {
        directory.requireMigrationsFolder();
        List<SourceProblem> problems = ScriptChecks.problems(directory, directory.listMigrations());
        if (!problems.isEmpty()) {
            throw new CommandException(ExitCode.USAGE, Words.count(problems.size(), "migration file")
                    + " cannot be run; nothing was written:\n"
                    + problems.stream().map(p -> "  " + p.message() + "\n    fix: " + p.fix())
                            .collect(Collectors.joining("\n")),
                    "fix each file as said, then run shale hash again");
        }
    }

    /**
     * Throws a usage error when the latest migration has no snapshot: the snapshot before it does not hold its
     * change, so a migration built on that one would make the change again.
     */
    static void requireLatestSnapshot(MigrationDirectory directory, String command) {
        List<MigrationFile> migrations = directory.listMigrations().migrations();
        if (migrations.isEmpty()) {
            return;
        }
        MigrationFile latest = migrations.get(migrations.size() - 1);
        if (directory.readSnapshots().byStem().containsKey(latest.stem())) {
            return;
        }
        String up = directory.display(latest.up());
        String snapshot = directory.display(directory.snapshotsFolder().resolve(latest.stem() + ".json"));
        throw new CommandException(ExitCode.USAGE, "the latest migration " + up + " has no snapshot " + snapshot
                + ", so nothing records the schema it leaves; " + command + " on the snapshot before it would write"
                + " its changes again. Nothing was written",
                "restore " + snapshot + " from version control (git checkout -- " + snapshot + "); if it is lost,"
                        + " delete " + up + " and its down file, run shale hash, then run shale generate (it writes the"
                        + " deleted migration's changes again, from the records)");
    }
}
