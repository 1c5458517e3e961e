package dev.shale.migrations.runner.source;

import dev.shale.api.MigrationRefusedException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The migrations of a source in version order, and the problems of its files. */
public record LoadedSource(String description, List<SourceMigration> migrations, List<SourceProblem> problems) {

    public LoadedSource {
        Objects.requireNonNull(description, "description");
        migrations = List.copyOf(migrations);
        problems = List.copyOf(problems);
    }

    /** The migration of a version, if any. */
    public Optional<SourceMigration> find(String version) {
        return migrations.stream().filter(m -> m.versionText().equals(version)).findFirst();
    }

    /**
     * Refuses when the files have a problem.
     *
     * @throws MigrationRefusedException naming the first problem's file and fix, and how many more there are
     */
    public void requireIntact() {
        if (problems.isEmpty()) {
            return;
        }
        SourceProblem first = problems.get(0);
        int more = problems.size() - 1;
        throw new MigrationRefusedException(first.reason(), first.file(), first.message()
                + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + "; see shale status)")
                + " Nothing was run.", first.fix());
    }
}
