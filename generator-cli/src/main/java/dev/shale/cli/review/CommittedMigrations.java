package dev.shale.cli.review;

import dev.shale.lint.LintFinding;
import dev.shale.lint.Linter;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationFile;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.files.ProjectFileException;
import dev.shale.migrations.files.SnapshotListing;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.NamedSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the migrations a review covers from the project's files, as committed: each one's changes and hazards from
 * its header (a hand-written one's hazards from {@code shale lint}), its up and down SQL, and the before/after of its
 * tables from its snapshot and the snapshot before it in the chain. Needs no database.
 */
public final class CommittedMigrations {

    private CommittedMigrations() {
    }

    /** The migrations whose version {@code covered} accepts, in version order. */
    public static List<ReviewMigration> read(MigrationDirectory directory, Predicate<MigrationVersion> covered,
                                             Renames renames) {
        List<MigrationFile> files = directory.listMigrations().migrations().stream()
                .filter(m -> covered.test(m.version())).toList();
        if (files.isEmpty()) {
            return List.of();
        }
        SnapshotListing snapshots = directory.readSnapshots();
        return files.stream().map(m -> read(directory, m, snapshots, renames)).toList();
    }

    private static ReviewMigration read(MigrationDirectory directory, MigrationFile migration,
                                        SnapshotListing snapshots, Renames renames) {
        String up = directory.display(migration.up());
        List<String> notes = new ArrayList<>();
        String upText = text(directory, migration.up(), notes);
        String down = migration.downFile().map(directory::display).orElse(null);
        String downText = migration.downFile().map(path -> text(directory, path, notes)).orElse(null);
        if (down == null) {
            notes.add("It has no down file, so shale rollback cannot undo it.");
        }
        boolean generated = upText != null && GeneratedHeader.isGenerated(upText);
        List<ReviewHazard> hazards = upText == null ? List.of()
                : generated ? GeneratedHeader.hazards(upText) : linted(up, upText);
        List<String> changes = upText == null ? List.of() : GeneratedHeader.changes(upText);
        // the snapshots do not record renames: the header's words do
        List<TableComparison> tables = tables(migration, snapshots, renames.isEmpty() ? Renames.described(changes)
                : renames, notes);
        return new ReviewMigration(up, down, generated, changes,
                hazards, upText == null ? "" : GeneratedHeader.body(upText),
                downText == null ? null : GeneratedHeader.body(downText), tables, notes);
    }

    /** A hand-written migration's hazards, as {@code shale lint} finds them (those no {@code shale:allow} accepts). */
    private static List<ReviewHazard> linted(String file, String text) {
        List<LintFinding> findings = Linter.lint(List.of(new Linter.Source(file, text))).findings();
        return findings.stream().filter(f -> !f.accepted())
                .map(f -> new ReviewHazard(f.code(), f.object(), f.message() + " (line " + f.line() + ")")).toList();
    }

    private static List<TableComparison> tables(MigrationFile migration, SnapshotListing snapshots, Renames renames,
                                                List<String> notes) {
        Map<String, NamedSnapshot> byStem = snapshots.byStem();
        NamedSnapshot after = byStem.get(migration.stem());
        if (after == null) {
            notes.add("It has no snapshot, so the before/after of its tables is not shown.");
            return List.of();
        }
        try {
            SchemaModel afterSchema = after.snapshot().schema();
            SchemaModel beforeSchema = SchemaModel.EMPTY;
            if (after.previousId() != null) {
                Optional<NamedSnapshot> before = snapshots.snapshots().stream()
                        .filter(s -> after.previousId().equals(s.id())).findFirst();
                if (before.isEmpty()) {
                    notes.add("The snapshot it follows (" + after.previousId() + ") is missing, so the before/after"
                            + " of its tables is not shown.");
                    return List.of();
                }
                beforeSchema = before.get().snapshot().schema();
            }
            return TableShapes.compare(beforeSchema, afterSchema, renames);
        } catch (ProjectFileException e) {
            notes.add("The before/after of its tables is not shown: " + e.getMessage());
            return List.of();
        }
    }

    private static String text(MigrationDirectory directory, java.nio.file.Path file, List<String> notes) {
        try {
            return directory.readText(file);
        } catch (ProjectFileException e) {
            notes.add(e.getMessage());
            return null;
        }
    }
}
