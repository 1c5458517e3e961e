package dev.shale.migrations.runner;

import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.RunnerSettings;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.files.ProjectFileException;
import dev.shale.migrations.runner.history.HistoryRow;
import dev.shale.migrations.runner.source.LoadedSource;
import dev.shale.migrations.runner.source.ScriptChecks;
import dev.shale.migrations.runner.source.SourceFile;
import dev.shale.migrations.runner.source.SourceMigration;
import dev.shale.migrations.runner.source.SourceProblem;
import dev.shale.migrations.runner.sql.MigrationScript;
import dev.shale.migrations.runner.sql.SqlScriptException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The refusals every command shares: applied migrations edited or deleted, bad versions, unreadable scripts. */
final class Checks {

    private static final String NEVER_EDIT = "; never edit or delete an applied migration: to change what it did,"
            + " create a new migration (shale generate or shale create NAME)";

    private Checks() {
    }

    /**
     * Refuses when an applied migration's file changed since it was applied or is missing.
     *
     * @throws MigrationRefusedException {@code CHECKSUM_CHANGED} or {@code FILE_MISSING} for the first one,
     *     saying how many more there are
     */
    static void requireAppliedUnchanged(LoadedSource source, List<HistoryRow> rows) {
        List<MigrationRefusedException> problems = new ArrayList<>();
        Map<String, SourceMigration> byVersion = new HashMap<>();
        for (SourceMigration migration : source.migrations()) {
            byVersion.putIfAbsent(migration.versionText(), migration);
        }
        for (HistoryRow row : rows) {
            Optional<SourceMigration> file = Optional.ofNullable(byVersion.get(row.version()));
            String applied = "applied in batch " + row.batch() + " at " + row.appliedAt() + " by " + row.appliedBy();
            if (file.isEmpty()) {
                String expected = source.description() + row.version() + "_" + row.name() + ".sql";
                problems.add(new MigrationRefusedException(Reason.FILE_MISSING, expected, "migration " + row.version()
                        + "_" + row.name() + " was " + applied + ", but its file " + expected + " is missing.",
                        "restore it from version control (git checkout -- " + expected + ")" + NEVER_EDIT));
            } else if (!file.get().up().checksum().equals(row.checksum())) {
                String shown = file.get().up().display();
                problems.add(new MigrationRefusedException(Reason.CHECKSUM_CHANGED, shown, shown
                        + " changed after it was " + applied + ": its checksum is " + file.get().up().checksum()
                        + " but the history says " + row.checksum() + ".",
                        "restore it from version control (git checkout -- " + shown + ")" + NEVER_EDIT));
            }
        }
        if (!problems.isEmpty()) {
            MigrationRefusedException first = problems.get(0);
            int more = problems.size() - 1;
            throw new MigrationRefusedException(first.reason(), first.file().orElse(null), first.description()
                    + (more == 0 ? "" : " (and " + more + " more; see shale status)") + " Nothing was run.",
                    first.fix());
        }
    }

    /** Parses a version given as an option. */
    static MigrationVersion version(String text, String option) {
        try {
            return MigrationVersion.parse(text);
        } catch (ProjectFileException e) {
            throw new MigrationRefusedException(Reason.INVALID_REQUEST, null, "the " + option + " version "
                    + e.description(), e.fix(), e);
        }
    }

    /**
     * The unit that runs {@code file} of {@code migration}: its header and statements, then the statements that
     * put back the settings it changes ({@link MigrationScript}) to the runner's values of {@code settings}.
     */
    static Unit unit(SourceMigration migration, SourceFile file, RunnerSettings settings) {
        try {
            MigrationScript script = MigrationScript.read(file.text(), Session.runnerValues(settings));
            return Unit.of(migration, file, script);
        } catch (SqlScriptException e) {
            SourceProblem problem = ScriptChecks.problem(file.display(), e);
            throw new MigrationRefusedException(problem.reason(), problem.file(), problem.message()
                    + " Nothing was run.", problem.fix(), e);
        }
    }
}
