package dev.shale.cli.check;

import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationFile;
import dev.shale.migrations.files.MigrationListing;
import dev.shale.migrations.files.ProjectFileException;
import dev.shale.migrations.files.SnapshotListing;
import dev.shale.migrations.files.StrayFile;
import dev.shale.migrations.runner.source.ScriptChecks;
import dev.shale.migrations.runner.source.SourceProblem;
import dev.shale.snapshot.ChainFinding;
import dev.shale.snapshot.NamedSnapshot;
import dev.shale.snapshot.SnapshotChain;
import dev.shale.snapshot.SumMismatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks of a project's files, without the records or a database: {@code shale.sum}, misnamed files,
 * migration files {@code migrate} would refuse to read ({@link ScriptChecks}), the snapshot chain (breaks and branch conflicts), a snapshot for every migration, a down file for every
 * migration. Reads only.
 */
public final class FileChecks {

    private final MigrationDirectory directory;
    private final List<Finding> findings = new ArrayList<>();
    private final MigrationListing migrations;
    private final SnapshotListing snapshots;
    private final Optional<NamedSnapshot> latest;
    private final Set<String> unreadable = new HashSet<>();

    private FileChecks(MigrationDirectory directory) {
        this.directory = directory;
        directory.requireMigrationsFolder();
        this.migrations = directory.listMigrations();
        this.snapshots = readSnapshots();
        checkSum();
        for (SourceProblem problem : ScriptChecks.problems(directory, migrations)) {
            findings.add(new Finding(CheckOutcome.INVALID_MIGRATION, problem.message(), List.of(problem.file()),
                    problem.fix()));
        }
        migrations.strays().forEach(this::stray);
        Optional<NamedSnapshot> newest = null;
        if (snapshots != null) {
            snapshots.strays().forEach(this::stray);
            SnapshotChain chain = snapshots.chain();
            checkChain(chain);
            checkSnapshotsExist();
            newest = chain.isIntact() ? readLatest(chain) : null;
        }
        this.latest = newest;
        checkDowns();
    }

    /**
     * Runs the checks on {@code directory}.
     *
     * @throws ProjectFileException when the migrations folder is missing or not a folder (a configuration error)
     */
    public static FileChecks run(MigrationDirectory directory) {
        return new FileChecks(directory);
    }

    /** What the checks found, integrity first, then the chain, then down files. */
    public List<Finding> findings() {
        return findings.stream().sorted((a, b) -> a.outcome().compareTo(b.outcome())).toList();
    }

    /**
     * The latest snapshot, read and verified (empty when there is none), or {@code null} when there is no
     * latest one to compare with: the chain is broken or a snapshot cannot be read (a finding says which).
     */
    public Optional<NamedSnapshot> latestIntact() {
        return latest;
    }

    /** The project's files. */
    public MigrationDirectory directory() {
        return directory;
    }

    /**
     * Reads {@code snapshot}'s content (its header was read with the listing), adding a finding to {@code into}
     * when it cannot be read or was edited (once per file); empty then.
     */
    public Optional<NamedSnapshot> read(NamedSnapshot snapshot, List<Finding> into) {
        if (unreadable.contains(snapshot.fileName())) {
            return Optional.empty();
        }
        try {
            snapshot.snapshot();
            return Optional.of(snapshot);
        } catch (ProjectFileException e) {
            unreadable.add(snapshot.fileName());
            into.add(unreadable(e));
            return Optional.empty();
        }
    }

    /** The snapshots (their headers), or empty when one of them cannot be read (a finding says which). */
    public Optional<SnapshotListing> snapshots() {
        return Optional.ofNullable(snapshots);
    }

    /** The migrations on disk. */
    public MigrationListing migrations() {
        return migrations;
    }

    private SnapshotListing readSnapshots() {
        try {
            return directory.readSnapshots();
        } catch (ProjectFileException e) {
            findings.add(unreadable(e));
            return null;
        }
    }

    private Optional<NamedSnapshot> readLatest(SnapshotChain chain) {
        if (chain.latest().isEmpty()) {
            return Optional.empty();
        }
        Optional<NamedSnapshot> read = read(chain.latest().get(), findings);
        return read.isPresent() ? read : null;
    }

    private static Finding unreadable(ProjectFileException e) {
        return new Finding(CheckOutcome.CHAIN_BROKEN, e.path().map(p -> p + ": ").orElse("") + e.description(),
                e.path().map(List::of).orElse(List.of()), e.fix());
    }

    private void checkSum() {
        List<SumMismatch> mismatches;
        try {
            mismatches = directory.verifySum();
        } catch (ProjectFileException e) {
            findings.add(new Finding(CheckOutcome.SUM_MISMATCH, e.path().map(p -> p + ": ").orElse("") + e.description(),
                    e.path().map(List::of).orElse(List.of()), e.fix()));
            return;
        }
        for (SumMismatch mismatch : mismatches) {
            findings.add(new Finding(CheckOutcome.SUM_MISMATCH, mismatch.message(), List.of(mismatch.file()),
                    mismatch.fix()));
        }
    }

    private void stray(StrayFile stray) {
        findings.add(new Finding(CheckOutcome.SUM_MISMATCH, stray.reason(), List.of(stray.path()), stray.fix()));
    }

    private void checkChain(SnapshotChain chain) {
        Map<String, NamedSnapshot> byFile = chain.snapshots().stream()
                .collect(Collectors.toMap(NamedSnapshot::fileName, Function.identity(), (a, b) -> a));
        Map<String, String> fileById = chain.snapshots().stream()
                .collect(Collectors.toMap(NamedSnapshot::id, NamedSnapshot::fileName, (a, b) -> a));
        for (ChainFinding finding : chain.findings()) {
            if (finding.kind() == ChainFinding.Kind.FORK) {
                findings.add(branchConflict(finding, byFile, fileById));
            } else {
                findings.add(new Finding(CheckOutcome.CHAIN_BROKEN, finding.message(), finding.files(), finding.fix()));
            }
        }
    }

    private Finding branchConflict(ChainFinding fork, Map<String, NamedSnapshot> byFile, Map<String, String> fileById) {
        List<String> ups = fork.files().stream().map(f -> migrationFile(f, ".sql")).toList();
        String previousId = byFile.get(fork.files().get(0)).previousId();
        String parent = previousId == null ? "an empty schema (no earlier snapshot)"
                : fileById.containsKey(previousId) ? fileById.get(previousId) : "snapshot id " + previousId;
        String yours = fork.files().get(fork.files().size() - 1);
        List<String> files = new ArrayList<>(ups);
        files.addAll(fork.files());
        return new Finding(CheckOutcome.CHAIN_BROKEN, "branch conflict: migrations " + String.join(" and ", ups)
                + (ups.size() == 2 ? " were both" : " were all") + " generated from " + parent + " (their snapshots "
                + String.join(" and ", fork.files()) + " follow the same one), so two branches each ran shale generate"
                + " on the same state and neither migration knows about the other.",
                files, SnapshotChain.regenerate("your migration, its down and its snapshot (such as "
                        + migrationFile(yours, ".sql") + ", " + migrationFile(yours, ".down.sql") + " and " + yours
                        + ")"));
    }

    /** {@code migrations/<stem><suffix>} for the snapshot file {@code snapshots/<stem>.json}. */
    private String migrationFile(String snapshotFile, String suffix) {
        return directory.display(directory.migrationsFolder().resolve(SnapshotListing.stem(snapshotFile) + suffix));
    }

    private void checkSnapshotsExist() {
        Set<String> stems = snapshots.byStem().keySet();
        for (MigrationFile migration : migrations.migrations()) {
            String shown = directory.display(directory.snapshotsFolder().resolve(migration.stem() + ".json"));
            if (!stems.contains(migration.stem())) {
                findings.add(new Finding(CheckOutcome.CHAIN_BROKEN, "migration " + directory.display(migration.up())
                        + " has no snapshot " + shown + ", so nothing records the schema it leaves.",
                        List.of(directory.display(migration.up()), shown),
                        "restore " + shown + " from version control; if the migration was written by hand, delete it"
                                + " and write it again with shale create"));
            }
        }
    }

    private void checkDowns() {
        for (MigrationFile migration : migrations.migrations()) {
            if (migration.down() == null) {
                String up = directory.display(migration.up());
                String down = directory.display(directory.migrationsFolder().resolve(migration.stem() + ".down.sql"));
                findings.add(new Finding(CheckOutcome.MISSING_DOWN, "migration " + up + " has no down migration "
                        + down + ", so shale rollback cannot undo it.", List.of(up),
                        "write " + down + " with the SQL that undoes " + up + " (restore it from version control if"
                                + " it was generated), then run shale hash"));
            }
        }
    }
}
