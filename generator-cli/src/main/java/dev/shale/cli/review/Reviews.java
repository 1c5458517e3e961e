package dev.shale.cli.review;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import dev.shale.cli.check.CheckReport;
import dev.shale.diff.MigrationPlan;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.files.ProjectFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the Markdown review of {@code shale generate --review FILE} and {@code shale check --review FILE}: the one
 * call each command makes. Both read the migrations as committed files, so the review of a migration is the same
 * text whichever command wrote it.
 */
public final class Reviews {

    private Reviews() {
    }

    /**
     * After {@code generate}: the review of the migration it wrote (version {@code version}, from {@code plan}, whose
     * renames pair old and new names in the tables' before/after), or of nothing when nothing changed
     * ({@code version} null). Does nothing when {@code review} is null.
     */
    public static void generated(Path projectDir, Path review, MigrationDirectory directory,
                                 MigrationVersion version, MigrationPlan plan) {
        if (review == null) {
            return;
        }
        List<ReviewMigration> migrations = version == null ? List.of()
                : CommittedMigrations.read(directory, version::equals, Renames.of(plan.changes()));
        String scope = version == null ? "No changes: the schema records match the latest snapshot, so shale generate"
                + " wrote no migration." : "The migration shale generate just wrote.";
        ReviewFile.write(projectDir, review, ReviewRenderer.render(new ReviewReport("generate", scope,
                migrations, null, List.of())));
    }

    /**
     * After {@code check}: its findings and the migrations {@code since} covers (see {@link ReviewScope#since}).
     * Does nothing when {@code review} is null.
     */
    public static void checked(Path projectDir, Path review, String since, MigrationDirectory directory,
                               CheckReport report) {
        if (review == null) {
            if (since != null) {
                throw new CommandException(ExitCode.USAGE, "--since chooses the migrations of the review, and no"
                        + " --review FILE was given", "add --review FILE.md, or leave out --since");
            }
            return;
        }
        ReviewScope scope = ReviewScope.since(since);
        List<ReviewMigration> migrations = List.of();
        List<String> notes = List.of();
        try {
            migrations = scope.any() ? CommittedMigrations.read(directory, scope.covered(), Renames.NONE) : List.of();
        } catch (ProjectFileException e) {
            // check reports the broken file among its findings; the review says why it shows no migration
            notes = List.of("The migrations are not shown: " + e.getMessage());
        }
        String sentence = scope.sentence() + (scope.any() && migrations.isEmpty() && notes.isEmpty()
                ? " There is none." : "");
        ReviewFile.write(projectDir, review, ReviewRenderer.render(new ReviewReport("check", sentence,
                migrations, report, notes)));
    }
}
