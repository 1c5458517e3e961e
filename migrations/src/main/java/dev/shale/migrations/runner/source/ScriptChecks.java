package dev.shale.migrations.runner.source;

import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationFile;
import dev.shale.migrations.files.MigrationListing;
import dev.shale.migrations.files.ProjectFileException;
import dev.shale.migrations.runner.sql.MigrationScript;
import dev.shale.migrations.runner.sql.SqlScriptException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every migration file of a folder read the way {@code migrate} and {@code rollback} read the files they run
 * ({@link MigrationScript}: UTF-8, {@code shale:} header lines, statements, control statements): what makes
 * them refuse a file, found for all files at once, so that {@code check} and {@code hash} agree with them.
 */
public final class ScriptChecks {

    private static final String FIX = "fix the file if it was applied nowhere yet, then run shale hash";

    private ScriptChecks() {
    }

    /** The problems of every up and down file of {@code listing}, in file order; empty when all can be run. */
    public static List<SourceProblem> problems(MigrationDirectory directory, MigrationListing listing) {
        List<SourceProblem> out = new ArrayList<>();
        for (MigrationFile migration : listing.migrations()) {
            check(directory, migration.up(), out);
            if (migration.down() != null) {
                check(directory, migration.down(), out);
            }
        }
        return out;
    }

    /** The problem of a file read from a source, when {@code migrate} would refuse to run it. */
    public static Optional<SourceProblem> problem(SourceFile file) {
        try {
            MigrationScript.read(file.text(), Map.of());
            return Optional.empty();
        } catch (SqlScriptException e) {
            return Optional.of(problem(file.display(), e));
        }
    }

    /** The problem of a file whose script cannot be read: {@code <file> line <n>: <what>.} and the fix. */
    public static SourceProblem problem(String display, SqlScriptException e) {
        return new SourceProblem(Reason.INVALID_FILE, display, display + " line " + e.line() + ": " + e.getMessage()
                + ".", e.fix().orElse(FIX));
    }

    private static void check(MigrationDirectory directory, Path file, List<SourceProblem> out) {
        String shown = directory.display(file);
        try {
            MigrationScript.read(directory.readText(file), Map.of());
        } catch (ProjectFileException e) {
            out.add(new SourceProblem(Reason.INVALID_FILE, shown, e.description(), e.fix()));
        } catch (SqlScriptException e) {
            out.add(problem(shown, e));
        }
    }
}
