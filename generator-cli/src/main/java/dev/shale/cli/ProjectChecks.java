package dev.shale.cli;

import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.snapshot.SumMismatch;
import java.util.List;
import java.util.stream.Collectors;

/** Refuses to build on a project whose migrations do not match {@code shale.sum}. */
final class ProjectChecks {

    private ProjectChecks() {
    }

    /** Throws a usage error listing every sum mismatch, if there is one. */
    static void requireIntact(MigrationDirectory directory) {
        List<SumMismatch> mismatches = directory.verifySum();
        if (!mismatches.isEmpty()) {
            throw new CommandException(ExitCode.USAGE,
                    "migrations do not match " + directory.display(directory.sumFile()) + "; nothing was written:\n"
                            + mismatches.stream().map(m -> "  " + m.message()).collect(Collectors.joining("\n")),
                    mismatches.get(0).fix());
        }
    }
}
